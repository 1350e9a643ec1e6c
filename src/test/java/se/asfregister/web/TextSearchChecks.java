package se.asfregister.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.asfregister.support.Fixtures;

/**
 * What every text filter of every list must do, written once so that it runs against the
 * test instance on H2 and PostgreSQL and against a packaged service on a PostgreSQL database
 * created with {@code LC_CTYPE=C}: case-insensitive for å, ä, ö (and the other Latin letters),
 * the same hits on every database, {@code %} and {@code _} literal.
 */
final class TextSearchChecks {

    private final Supplier<RequestSpecification> admin;

    /** @param admin requests as an administrator of the service under test */
    TextSearchChecks(Supplier<RequestSpecification> admin) {
        this.admin = admin;
    }

    /** Companies, an activity and users whose names hold what the searches look for. */
    void createFixtures() {
        long alvdalen = company(1, "Älvdalens Trä", "2039", List.of("Återbruk", "snickeri"));
        company(2, "100% Återbruk", "2080", List.of("ÅTERBRUK"));
        company(3, "Ren_Städ AB", "2080", List.of("städning"));
        company(4, "Öppna Dörren", "2080", List.of("café"));
        Map<String, Object> activity = new HashMap<>();
        activity.put("kind", "TRAINING");
        activity.put("title", "Återbruk i praktiken");
        activity.put("date", "2025-03-12");
        activity.put("municipalityCode", "2039");
        activity.put("topics", List.of("Återbruk", "CSR"));
        activity.put("companyIds", List.of(alvdalen));
        activity.put("participants", Map.of("women", 4, "men", 3, "other", 0));
        admin.get().contentType(ContentType.JSON).body(activity).post("/api/v1/activities").then().statusCode(201);
        for (String username : List.of("anna_berg", "annaxberg")) {
            admin.get().contentType(ContentType.JSON)
                    .body(Map.of("username", username, "password", "Kopparberg-Falun-2026!", "roles",
                            List.of("ANALYST"), "companyIds", List.of()))
                    .post("/api/v1/users").then().statusCode(201);
        }
    }

    private long company(int seed, String name, String municipality, List<String> industries) {
        Map<String, Object> body = Fixtures.company(seed, name, municipality);
        body.put("industries", industries);
        return admin.get().contentType(ContentType.JSON).body(body).post("/api/v1/companies").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    void municipalityNamesMatchWhateverTheCase() {
        for (String q : List.of("älv", "ÄLV", "Älv")) {
            list("/api/v1/municipalities", "q", q).then().statusCode(200)
                    .body("items.name", contains("Älvkarleby", "Kungälv", "Älvdalen", "Älvsbyn"));
        }
        list("/api/v1/municipalities", "q", "%").then().statusCode(200).body("totalItems", equalTo(0));
        list("/api/v1/municipalities", "q", "_").then().statusCode(200).body("totalItems", equalTo(0));
    }

    void companyNamesMatchWhateverTheCaseAndWildcardsAreLiteral() {
        for (String q : List.of("älv", "ÄLVDAL", "Älvdalens trä")) {
            list("/api/v1/companies", "q", q).then().statusCode(200).body("items.name", contains("Älvdalens Trä"));
        }
        list("/api/v1/companies", "q", "öppna").then().statusCode(200).body("items.name", contains("Öppna Dörren"));
        list("/api/v1/companies", "q", "%").then().statusCode(200).body("items.name", contains("100% Återbruk"));
        list("/api/v1/companies", "q", "_").then().statusCode(200).body("items.name", contains("Ren_Städ AB"));
    }

    void industriesMatchWholeWhateverTheCase() {
        for (String industry : List.of("återbruk", "ÅTERBRUK", "Återbruk")) {
            list("/api/v1/companies", "industry", industry).then().statusCode(200)
                    .body("items.name", contains("100% Återbruk", "Älvdalens Trä"));
        }
        list("/api/v1/companies", "industry", "återbr").then().statusCode(200).body("items", empty());
        list("/api/v1/companies", "industry", "STÄDNING").then().statusCode(200)
                .body("items.name", contains("Ren_Städ AB"));
    }

    void activityTopicsMatchWholeWhateverTheCase() {
        for (String topic : List.of("återbruk", "ÅTERBRUK")) {
            list("/api/v1/activities", "topic", topic).then().statusCode(200)
                    .body("items.title", contains("Återbruk i praktiken"));
        }
    }

    void userNamesMatchWithLiteralWildcards() {
        list("/api/v1/users", "q", "a_b").then().statusCode(200).body("items.username", contains("anna_berg"));
        list("/api/v1/users", "q", "%").then().statusCode(200).body("totalItems", equalTo(0));
    }

    private io.restassured.response.Response list(String path, String param, String value) {
        String sort = switch (path) {
            case "/api/v1/activities" -> "date,asc";
            case "/api/v1/users" -> "username,asc";
            case "/api/v1/municipalities" -> "code,asc";
            default -> "name,asc";
        };
        return admin.get().queryParam(param, value).queryParam("sort", sort).get(path);
    }
}
