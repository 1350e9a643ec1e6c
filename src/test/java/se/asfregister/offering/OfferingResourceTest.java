package se.asfregister.offering;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/** Offerings: upkeep with If-Match, who may write, and the rules of a well-formed offering. */
@QuarkusTest
public class OfferingResourceTest {

    static final String BASE = "/api/v1/offerings";
    private static final String REPORTER = "offering-reporter";
    private static final String REPORTER_PASSWORD = "Ludvika-Reporter-2026!";

    @Inject
    DataSource ds;

    long borlange;
    long falun;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
        borlange = Fixtures.createCompany(1, "Städ & Service i Borlänge", "2081");
        falun = Fixtures.createCompany(2, "Falu Café", "2080");
    }

    static Map<String, Object> body(long companyId, String title, String cpv) {
        Map<String, Object> b = new HashMap<>();
        b.put("companyId", companyId);
        b.put("titleSv", title);
        b.put("descriptionSv", "Vi utför " + title.toLowerCase() + " med handledda medarbetare.");
        b.put("cpvCode", cpv);
        b.put("contactEmail", "order@example.se");
        return b;
    }

    static long create(Map<String, Object> b) {
        return Api.given().contentType(ContentType.JSON).body(b).post(BASE).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @Test
    void createReadReplacePatchDelete() {
        var created = Api.given().contentType(ContentType.JSON).body(body(borlange, "Kontorsstädning", "90910000-9"))
                .post(BASE).then().statusCode(201).header("ETag", equalTo("\"0\""))
                // no municipalities given: the company's own
                .body("municipalityCodes", contains("2081")).body("cpvDivision", equalTo("90"))
                .body("cpvDivisionName", equalTo("Sewage, refuse, cleaning and environmental services"))
                .body("companyName", equalTo("Städ & Service i Borlänge")).extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith(BASE + "/" + id));

        Api.anonymous().get(BASE + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("titleSv", equalTo("Kontorsstädning")).body("contactEmail", equalTo("order@example.se"));

        Map<String, Object> replaced = body(borlange, "Fönsterputs", "90911300-9");
        replaced.put("municipalityCodes", List.of("2081", "2080", "2081"));
        replaced.put("titleEn", "Window cleaning");
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(replaced).put(BASE + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("municipalityCodes", contains("2080", "2081"))
                .body("titleEn", equalTo("Window cleaning"));
        // the same PUT again changes nothing, so the version stays
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(replaced).put(BASE + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));

        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"priceModel\":\"Timpris 450 kr\",\"titleEn\":null}").patch(BASE + "/" + id).then()
                .statusCode(200).header("ETag", equalTo("\"2\"")).body("priceModel", equalTo("Timpris 450 kr"))
                .body("titleEn", nullValue()).body("titleSv", equalTo("Fönsterputs"));

        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"titleSv\":\"Gammal\"}").patch(BASE + "/" + id).then().statusCode(412);
        Api.given().header("If-Match", "\"1\"").delete(BASE + "/" + id).then().statusCode(412);
        Api.given().header("If-Match", "\"2\"").delete(BASE + "/" + id).then().statusCode(204);
        Api.given().get(BASE + "/" + id).then().statusCode(404);
        assertEquals(0, TestDb.count(ds, "offering"));
        assertEquals(0, TestDb.count(ds, "offering_municipality"));
    }

    @Test
    void badOfferingsAre400AndChangeNothing() {
        long id = create(body(borlange, "Kontorsstädning", "90910000-9"));
        var before = TestDb.snapshot(ds);
        rejected(body(borlange, "Städning", "90910000-8"), "cpvCode", "90910000-9 would be valid");
        rejected(body(borlange, "Städning", "9091000-9"), "cpvCode", "eight digits");
        // published with an irregular digit: only that digit is accepted
        rejected(body(borlange, "Webb", "72413000-3"), "cpvCode", "publishes this code with another one");
        Map<String, Object> noContact = body(borlange, "Städning", "90910000-9");
        noContact.remove("contactEmail");
        rejected(noContact, "contactEmail", "at least one contact route");
        Map<String, Object> unknownPlace = body(borlange, "Städning", "90910000-9");
        unknownPlace.put("municipalityCodes", List.of("2081", "9999"));
        rejected(unknownPlace, "municipalityCodes", "9999");
        rejected(body(999_999, "Städning", "90910000-9"), "companyId", "no company has id 999999");
        Map<String, Object> badUrl = body(borlange, "Städning", "90910000-9");
        badUrl.put("contactUrl", "javascript:alert(1)");
        rejected(badUrl, "contactUrl", "");
        Api.invalid().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"cpvCode\":\"55520000-2\"}").patch(BASE + "/" + id).then().statusCode(400)
                .body("errors.field", contains("cpvCode"));
        assertEquals(before, TestDb.snapshot(ds));
        // a code with an irregular published digit is stored as published
        create(body(borlange, "Webbdesign", "72413000-8"));
    }

    private static void rejected(Map<String, Object> b, String field, String message) {
        Api.invalid().contentType(ContentType.JSON).body(b).post(BASE).then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors.field", contains(field))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void reportersKeepOnlyTheirOwnCompaniesOfferings() {
        Fixtures.createUser(REPORTER, REPORTER_PASSWORD, List.of("REPORTER"), List.of(borlange));
        long own = Api.as(REPORTER, REPORTER_PASSWORD).contentType(ContentType.JSON)
                .body(body(borlange, "Kontorsstädning", "90910000-9")).post(BASE).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        long other = create(body(falun, "Lunchcatering", "55520000-1"));
        var before = TestDb.snapshot(ds);

        Api.as(REPORTER, REPORTER_PASSWORD).contentType(ContentType.JSON).body(body(falun, "Kaffe", "55520000-1"))
                .post(BASE).then().statusCode(403);
        Api.as(REPORTER, REPORTER_PASSWORD).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(falun, "Lunch", "55520000-1")).put(BASE + "/" + other).then().statusCode(403);
        // moving its own offering to another company is a write for that company too
        Api.as(REPORTER, REPORTER_PASSWORD).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"companyId\":" + falun + "}").patch(BASE + "/" + own).then().statusCode(403);
        Api.as(REPORTER, REPORTER_PASSWORD).header("If-Match", "\"0\"").delete(BASE + "/" + other).then()
                .statusCode(403);
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).contentType(ContentType.JSON)
                .body(body(borlange, "Städ", "90910000-9")).post(BASE).then().statusCode(403);
        Api.anonymous().contentType(ContentType.JSON).body(body(borlange, "Städ", "90910000-9")).post(BASE).then()
                .statusCode(401);
        assertEquals(before, TestDb.snapshot(ds));

        Api.as(REPORTER, REPORTER_PASSWORD).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"titleSv\":\"Kontorsservice\"}").patch(BASE + "/" + own).then().statusCode(200)
                .body("titleSv", equalTo("Kontorsservice"));
        Api.as(REPORTER, REPORTER_PASSWORD).header("If-Match", "\"1\"").delete(BASE + "/" + own).then().statusCode(204);
        assertEquals(1, TestDb.count(ds, "offering"));
    }

    @Test
    void aCompanyWithOfferingsCannotBeDeleted() {
        create(body(falun, "Lunchcatering", "55520000-1"));
        Api.given().header("If-Match", "\"0\"").delete("/api/v1/companies/" + falun).then().statusCode(409)
                .body("detail", containsString("1 offering"));
    }

    /**
     * Each write through the API shows in the very next search, although the index now re-reads
     * only what changed: offerings created, replaced, patched and deleted, a company renamed (its
     * name is searched and shown), closed and opened again, and moved (HSDS shows its seat).
     */
    @Test
    void everyWriteShowsInTheNextSearch() {
        long cafe = create(body(falun, "Lunchcatering", "55520000-1"));
        long cleaning = create(body(borlange, "Fönsterputs", "90911300-9"));
        search("catering").body("items.id", contains((int) cafe)).body("items[0].companyName", equalTo("Falu Café"));

        Map<String, Object> moved = body(falun, "Lunchcatering", "55520000-1");
        moved.put("municipalityCodes", List.of("2085"));
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moved).put(BASE + "/" + cafe)
                .then().statusCode(200);
        Api.anonymous().queryParam("municipality", "2085").get(BASE).then().body("items.id", contains((int) cafe))
                .body("facets.municipalities.value", contains("2085"));
        Api.anonymous().queryParam("municipality", "2080").get(BASE).then().body("totalItems", equalTo(0));

        // (a merge patch goes as ISO-8859-1 without a charset: plain ASCII here)
        patch(BASE + "/" + cafe, 1, "{\"titleSv\":\"Bakverk\",\"descriptionSv\":\"Kakor och bullar till kalas.\"}");
        search("catering").body("totalItems", equalTo(0));
        search("bakverk").body("items.id", contains((int) cafe));

        // the company's name is searched too: "Konditori" is in no offering's text
        patch("/api/v1/companies/" + falun, 0, "{\"name\":\"Falu Konditori\"}");
        search("konditori").body("items.id", contains((int) cafe)).body("items[0].companyName", equalTo("Falu Konditori"));
        patch("/api/v1/companies/" + falun, 1, "{\"status\":\"CLOSED\"}");
        search("konditori").body("totalItems", equalTo(0));
        patch("/api/v1/companies/" + falun, 2, "{\"status\":\"ACTIVE\",\"municipalityCode\":\"2085\"}");
        search("konditori").body("items.id", contains((int) cafe));
        Api.anonymous().queryParam("q", "konditori").get(BASE + "/hsds").then().statusCode(200)
                .body("contents[0].service_at_locations[0].location.external_identifier", equalTo("2085"));

        Api.given().header("If-Match", "\"0\"").delete(BASE + "/" + cleaning).then().statusCode(204);
        search("fönsterputs").body("totalItems", equalTo(0));
        Api.anonymous().get(BASE).then().body("items.id", contains((int) cafe));
    }

    private static io.restassured.response.ValidatableResponse search(String q) {
        return Api.anonymous().queryParam("q", q).get(BASE).then().statusCode(200);
    }

    private static void patch(String path, long version, String json) {
        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"" + version + "\"").body(json)
                .patch(path).then().statusCode(200);
    }

    @Test
    void searchFollowsWritesMadeByAnyInstance() throws Exception {
        // the company's name must not match the words searched for: it is searched too
        long id = create(body(falun, "Kontorsstädning", "90910000-9"));
        Api.anonymous().queryParam("q", "städning").get(BASE).then().statusCode(200).body("items.id", contains((int) id));

        // another instance writes: the row changes and the shared generation moves on
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE offering SET title_sv = 'Catering', description_sv = 'Luncher', version = version + 1 "
                    + "WHERE id = " + id);
            s.executeUpdate("UPDATE offering_generation SET generation = generation + 1");
        }
        Api.anonymous().queryParam("q", "städning").get(BASE).then().body("totalItems", equalTo(0));
        Api.anonymous().queryParam("q", "catering").get(BASE).then().body("items.id", contains((int) id));

        // a company that closes leaves the public directory; its offering stays readable by id
        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"status\":\"CLOSED\"}").patch("/api/v1/companies/" + falun).then().statusCode(200);
        Api.anonymous().queryParam("q", "catering").get(BASE).then().body("totalItems", equalTo(0));
        Api.anonymous().get(BASE + "/" + id).then().statusCode(200);
    }
}
