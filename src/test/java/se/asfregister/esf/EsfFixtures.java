package se.asfregister.esf;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.asfregister.support.Api;

/** Participant reports for the tests, built by indicator name. */
final class EsfFixtures {

    private EsfFixtures() {
    }

    /** A participant report body under construction. */
    static final class Report {

        private final Map<String, Object> counts = new LinkedHashMap<>();
        private Long projectId;

        static Report of() {
            return new Report();
        }

        Report project(Long id) {
            projectId = id;
            return this;
        }

        Report count(String indicator, int women, int men, int nonBinary) {
            counts.put(indicator, Map.of("women", women, "men", men, "nonBinary", nonBinary));
            return this;
        }

        Map<String, Object> body() {
            Map<String, Object> b = new HashMap<>();
            b.put("projectId", projectId);
            b.put("counts", counts);
            return b;
        }

        /** Stored through the API as the test admin; answers the status (201 or 200). */
        int put(long companyId, String period) {
            return Api.given().contentType(ContentType.JSON).body(body()).put(path(companyId, period)).then()
                    .extract().statusCode();
        }
    }

    static String path(long companyId, String period) {
        return "/api/v1/companies/" + companyId + "/participant-reports/" + period;
    }

    static long createProject(String name, String county) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("ownerOrganisation", "Test: Ägare");
        p.put("countyCode", county);
        p.put("plannedStart", "2024-01-01");
        p.put("plannedEnd", "2026-12-31");
        p.put("status", "ACTIVE");
        return Api.given().contentType(ContentType.JSON).body(p).post("/api/v1/projects").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** The counts of one indicator in a report answer: women, men, nonBinary, total. */
    static List<Integer> cells(io.restassured.path.json.JsonPath json, String key) {
        String at = "indicators.find { it.key == '" + key + "' }.";
        return java.util.Arrays.asList(json.get(at + "women"), json.get(at + "men"), json.get(at + "nonBinary"),
                json.get(at + "total"));
    }
}
