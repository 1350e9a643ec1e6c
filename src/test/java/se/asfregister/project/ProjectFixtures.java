package se.asfregister.project;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.asfregister.support.Api;

/** Request bodies for the project tests, built by name. */
final class ProjectFixtures {

    static final String BASE = "/api/v1/projects";

    private ProjectFixtures() {
    }

    static Map<String, Object> line(String funder, long sek, String kind) {
        Map<String, Object> l = new HashMap<>();
        l.put("funder", funder);
        l.put("amountSek", sek);
        l.put("kind", kind);
        return l;
    }

    /**
     * "Utveckling av ASF i Dalarna", 2017-02-01 – 2018-10-31, completed, with four funding lines:
     * Tillväxtverket 2,000,000 (grant), the region's growth funds 1,500,000 (co-financing),
     * Falun 500,000 in kind, Borlänge 250,000 co-financing over 2018-01-01 – 2018-06-30.
     */
    static Map<String, Object> dalarna() {
        Map<String, Object> p = new HashMap<>();
        p.put("name", "Utveckling av ASF i Dalarna");
        p.put("description", "Regionalt projekt för länets ASF.");
        p.put("ownerOrganisation", "Region Dalarna");
        p.put("partnerOrganisations", List.of("Kompetensbyrån Ek för", "Coompanion Dalarna", "AB Samarkand2015"));
        p.put("countyCode", "20");
        p.put("municipalityCodes", List.of("2081", "2080"));
        p.put("plannedStart", "2017-02-01");
        p.put("plannedEnd", "2018-10-31");
        p.put("status", "COMPLETED");
        p.put("targetGroups", List.of("Kvinnor och män långt från arbetsmarknaden", "Länets ASF"));
        p.put("documents", List.of(Map.of("kind", "FINAL_REPORT", "title", "Slutrapport", "url",
                "https://example.org/dalarna/slutrapport.pdf")));
        Map<String, Object> falun = line("MUNICIPALITY", 500_000, "IN_KIND");
        falun.put("funderName", "Falu kommun");
        Map<String, Object> borlange = line("MUNICIPALITY", 250_000, "CO_FINANCING");
        borlange.put("funderName", "Borlänge kommun");
        borlange.put("periodStart", "2018-01-01");
        borlange.put("periodEnd", "2018-06-30");
        Map<String, Object> region = line("REGION_GROWTH_FUNDS", 1_500_000, "CO_FINANCING");
        region.put("programme", "Regionala tillväxtmedel");
        p.put("funding", new ArrayList<>(List.of(line("TILLVAXTVERKET", 2_000_000, "GRANT"), region, falun,
                borlange)));
        return p;
    }

    /** A project applied for but rejected: never running, never in the funding view. */
    static Map<String, Object> rejected() {
        Map<String, Object> p = basic("Genomförandeprojekt ASF Dalarna", "20", "2019-02-01", "2020-10-31",
                "REJECTED");
        p.put("funding", List.of(line("ESF", 1_000_000, "GRANT")));
        return p;
    }

    /** A running ESF project in Gävleborg during 2019, 300,000 SEK. */
    static Map<String, Object> gavleborg() {
        Map<String, Object> p = basic("Test: Socialt företagande i Gävleborg", "21", "2019-01-01", "2019-12-31",
                "ACTIVE");
        p.put("funding", List.of(line("ESF", 300_000, "GRANT")));
        return p;
    }

    static Map<String, Object> basic(String name, String county, String start, String end, String status) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", name);
        p.put("ownerOrganisation", "Test: Ägare");
        p.put("countyCode", county);
        p.put("plannedStart", start);
        p.put("plannedEnd", end);
        p.put("status", status);
        return p;
    }

    static long create(Map<String, Object> body) {
        return Api.given().contentType(ContentType.JSON).body(body).post(BASE).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    static long createActivity(String kind, String title, String date, Long projectId, int women, int men) {
        Map<String, Object> a = new HashMap<>();
        a.put("kind", kind);
        a.put("title", title);
        a.put("date", date);
        a.put("municipalityCode", "2081");
        a.put("participants", Map.of("women", women, "men", men));
        a.put("projectId", projectId);
        return Api.given().contentType(ContentType.JSON).body(a).post("/api/v1/activities").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> meetingsGoal(long projectId, String county) {
        Map<String, Object> g = new HashMap<>();
        g.put("countyCode", county);
        g.put("indicator", "NETWORK_MEETINGS_PER_YEAR");
        g.put("targetYear", 2018);
        g.put("targetType", "AT_LEAST");
        g.put("targetValue", 4);
        g.put("description", "Nätverket träffas minst fyra gånger per år.");
        g.put("projectId", projectId);
        return g;
    }
}
