package se.asfregister.company;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

@QuarkusTest
public class CompanyResourceTest {

    @Inject
    DataSource ds;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
        BlockedCompanies.IDS.clear();
    }

    @AfterEach
    void unblock() {
        BlockedCompanies.IDS.clear();
    }

    private static Map<String, Object> full(int seed) {
        Map<String, Object> body = Fixtures.company(seed, "Gruvans Återbruk", "2080");
        body.put("address", "Exempelgatan 1, 791 00 Falun");
        body.put("website", "https://example.org/gruvan");
        body.put("description", "Second-hand shop");
        body.put("industries", List.of("återbruk", "möbler"));
        body.put("socialMedia", List.of("https://example.org/social/gruvan", "https://example.org/video/gruvan"));
        body.put("foundedOn", "2012-03-01");
        body.put("status", "ACTIVE");
        body.put("criteria", Fixtures.allCriteria(true));
        body.put("contact", Map.of("name", "Anna Andersson", "email", "anna@example.org", "phone", "+46 23 00 00 00"));
        return body;
    }

    // ---- create and read ----

    @Test
    void createAnswers201WithLocationEtagAndNormalisedOrganisationNumber() {
        Map<String, Object> body = full(1);
        String digits = ((String) body.get("organisationNumber")).replace("-", "");
        body.put("organisationNumber", digits);

        ExtractableResponse<Response> r = Api.given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/companies")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("organisationNumber", equalTo(digits.substring(0, 6) + "-" + digits.substring(6)))
                .body("meetsAsfCriteria", equalTo(true))
                .body("industries", contains("återbruk", "möbler"))
                .body("contact.email", equalTo("anna@example.org"))
                .body("version", equalTo(0))
                .extract();
        long id = r.jsonPath().getLong("id");
        assertTrue(r.header("Location").endsWith("/api/v1/companies/" + id));

        Api.given().get("/api/v1/companies/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Gruvans Återbruk"))
                .body("createdAt", equalTo(r.jsonPath().getString("createdAt")))
                // both lists come in one joined query: each element once, in order
                .body("industries", contains("återbruk", "möbler"))
                .body("socialMedia", contains("https://example.org/social/gruvan", "https://example.org/video/gruvan"));
        assertEquals(1, TestDb.count(ds, "company"));
        assertEquals(2, TestDb.count(ds, "company_industry"));
    }

    @Test
    void meetsAsfCriteriaIsDerivedFromAllFiveCriteria() {
        Map<String, Object> body = Fixtures.company(2, "Nästan ASF", "2081");
        Map<String, Object> criteria = new HashMap<>(Fixtures.allCriteria(true));
        criteria.put("reinvestsProfits", false);
        body.put("criteria", criteria);
        Api.given().contentType(ContentType.JSON).body(body).post("/api/v1/companies")
                .then().statusCode(201).body("meetsAsfCriteria", equalTo(false))
                .body("criteria.reinvestsProfits", equalTo(false));

        Map<String, Object> none = Fixtures.company(3, "Utan kriterier", "2081");
        Api.given().contentType(ContentType.JSON).body(none).post("/api/v1/companies")
                .then().statusCode(201).body("meetsAsfCriteria", equalTo(false))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void organisationNumberWithBadCheckDigitIs400AndNothingIsStored() {
        var before = TestDb.snapshot(ds);
        String good = Fixtures.orgNumber(4);
        char last = good.charAt(good.length() - 1);
        String bad = good.substring(0, good.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        Map<String, Object> body = Fixtures.company(4, "Fel nummer", "2081");
        body.put("organisationNumber", bad);
        Api.given().contentType(ContentType.JSON).body(body).post("/api/v1/companies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("organisationNumber"));
        body.put("organisationNumber", "55-12");
        Api.given().contentType(ContentType.JSON).body(body).post("/api/v1/companies")
                .then().statusCode(400).body("errors.field", contains("organisationNumber"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void duplicateOrganisationNumberIs409() {
        Fixtures.createCompany(5, "Första", "2081");
        var before = TestDb.snapshot(ds);
        Map<String, Object> dup = Fixtures.company(5, "Andra", "2080");
        dup.put("organisationNumber", ((String) dup.get("organisationNumber")).replace("-", ""));
        Api.given().contentType(ContentType.JSON).body(dup).post("/api/v1/companies")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already registered"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void unknownMunicipalityIs400NamingTheField() {
        var before = TestDb.snapshot(ds);
        Api.given().contentType(ContentType.JSON).body(Fixtures.company(6, "Ingenstans", "9999"))
                .post("/api/v1/companies")
                .then().statusCode(400).body("errors.field", contains("municipalityCode"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void fieldValidationNamesEveryBadField() {
        var before = TestDb.snapshot(ds);
        Map<String, Object> body = Fixtures.company(7, "", "2081");
        body.put("website", "ftp://example.org");
        body.put("contact", Map.of("email", "not-an-email"));
        body.put("industries", List.of("x".repeat(101)));
        Api.invalid().contentType(ContentType.JSON).body(body).post("/api/v1/companies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("contact.email", "industries[0]", "name", "website"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void unknownCompanyIs404() {
        Api.given().get("/api/v1/companies/999999").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("999999"));
        Api.given().get("/api/v1/companies/abc").then().statusCode(404);
    }

    // ---- list ----

    @Test
    void listFiltersByMunicipalityCountyStatusCriteriaIndustryAndName() {
        Map<String, Object> a = Fixtures.company(10, "Älvdalens Snickeri", "2039");
        a.put("criteria", Fixtures.allCriteria(true));
        a.put("industries", List.of("Snickeri"));
        long idA = Fixtures.createCompany(a);
        Map<String, Object> b = Fixtures.company(11, "Borlänge Städ", "2081");
        b.put("status", "INACTIVE");
        b.put("industries", List.of("städ"));
        long idB = Fixtures.createCompany(b);
        long idC = Fixtures.createCompany(Fixtures.company(12, "Uppsala Café", "0380"));

        Api.given().queryParam("municipality", "2081").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains((int) idB)).body("totalItems", equalTo(1));
        Api.given().queryParam("county", "20").queryParam("sort", "name,asc").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains((int) idB, (int) idA));
        Api.given().queryParam("status", "INACTIVE").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains((int) idB));
        Api.given().queryParam("meetsCriteria", "true").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains((int) idA));
        Api.given().queryParam("meetsCriteria", "false").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", containsInAnyOrder((int) idB, (int) idC));
        Api.given().queryParam("industry", "SNICKERI").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains((int) idA));
        Api.given().queryParam("q", "ÄLVDAL").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains((int) idA));
        Api.given().queryParam("q", "städ").get("/api/v1/companies")
                .then().statusCode(200).body("items.id", contains((int) idB));
        Api.given().queryParam("q", "%").get("/api/v1/companies")
                .then().statusCode(200).body("items", empty());
    }

    /**
     * The list reads rows and the lists of a whole page at once, a single read reads the entity:
     * each item must still be exactly what a read of that company answers, lists in their order.
     */
    @Test
    void listItemsAreWhatASingleReadAnswers() {
        long full = Fixtures.createCompany(full(40));
        Map<String, Object> socialOnly = Fixtures.company(41, "Falu Cykel", "2080");
        socialOnly.put("socialMedia", List.of("https://example.org/z", "https://example.org/a"));
        socialOnly.put("contact", Map.of("email", "cykel@example.org"));
        long social = Fixtures.createCompany(socialOnly);
        Map<String, Object> industriesOnly = Fixtures.company(42, "Falu Café", "2080");
        industriesOnly.put("industries", List.of("ö", "a", "m"));
        long industries = Fixtures.createCompany(industriesOnly);
        long bare = Fixtures.createCompany(Fixtures.company(43, "Falu Bageri", "2080"));
        Api.given().post("/api/v1/companies/" + bare + "/verify").then().statusCode(200)
                .body("verifiedBy", equalTo(Api.ADMIN));

        for (Supplier<RequestSpecification> caller : List.<Supplier<RequestSpecification>>of(Api::given,
                Api::anonymous)) {
            List<Map<String, Object>> items = caller.get().queryParam("municipality", "2080").queryParam("sort", "id")
                    .get("/api/v1/companies").then().statusCode(200).extract().jsonPath().getList("items");
            assertEquals(4, items.size());
            List<Long> ids = List.of(full, social, industries, bare);
            for (int i = 0; i < ids.size(); i++) {
                Map<String, Object> read = caller.get().get("/api/v1/companies/" + ids.get(i)).then().statusCode(200)
                        .extract().jsonPath().getMap("");
                assertEquals(read, items.get(i));
            }
        }
        Api.given().get("/api/v1/companies/" + industries).then().body("industries", contains("ö", "a", "m"))
                .body("socialMedia", empty());
        Api.given().get("/api/v1/companies/" + social).then().body("industries", empty())
                .body("socialMedia", contains("https://example.org/z", "https://example.org/a"));
    }

    /**
     * A write answers from the entity, the single read from its own statement: every field must
     * come out the same, lists in their order, after a create, a change of the lists and a verify.
     */
    @Test
    void aSingleReadAnswersWhatTheWriteDid() {
        Map<String, Object> body = full(44);
        body.put("reservedContractOptIn", true);
        Map<String, Object> created = Api.given().contentType(ContentType.JSON).body(body).post("/api/v1/companies")
                .then().statusCode(201).extract().jsonPath().getMap("");
        String path = "/api/v1/companies/" + created.get("id");
        assertEquals(created, Api.given().get(path).then().statusCode(200).extract().jsonPath().getMap(""));

        body.put("industries", List.of("möbler", "återbruk", "café"));
        body.put("socialMedia", List.of());
        body.put("foundedOn", null);
        Map<String, Object> replaced = Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body).put(path).then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(List.of("möbler", "återbruk", "café"), replaced.get("industries"));
        assertEquals(replaced, Api.given().get(path).then().statusCode(200).extract().jsonPath().getMap(""));

        Map<String, Object> verified = Api.given().header("If-Match", "\"1\"").post(path + "/verify")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(verified, Api.given().get(path).then().statusCode(200).extract().jsonPath().getMap(""));
        Map<String, Object> anonymous = Api.anonymous().get(path).then().statusCode(200).extract().jsonPath().getMap("");
        assertNull(anonymous.get("contact"));
        assertEquals(verified.get("industries"), anonymous.get("industries"));
    }

    @Test
    void listPagesAndSorts() {
        for (int i = 0; i < 5; i++) {
            Fixtures.createCompany(20 + i, "Företag " + i, "2081");
        }
        Api.given().queryParam("size", 2).queryParam("page", 2).queryParam("sort", "name,desc")
                .get("/api/v1/companies")
                .then().statusCode(200)
                .body("items.name", contains("Företag 0"))
                .body("page", equalTo(2)).body("size", equalTo(2))
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3));
        Api.given().queryParam("sort", "createdAt,asc").queryParam("size", 1).get("/api/v1/companies")
                .then().statusCode(200).body("items[0].name", equalTo("Företag 0"));
        Api.given().queryParam("sort", "municipalityCode").get("/api/v1/companies").then().statusCode(200);
    }

    @Test
    void listRejectsBadParameters() {
        Api.invalid().queryParam("size", 201).get("/api/v1/companies").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("size"));
        Api.invalid().queryParam("page", -1).get("/api/v1/companies").then().statusCode(400)
                .body("errors.field", contains("page"));
        Api.given().queryParam("sort", "organisationNumber").get("/api/v1/companies").then().statusCode(400)
                .body("errors.field", contains("sort"));
        Api.given().queryParam("sort", "name,sideways").get("/api/v1/companies").then().statusCode(400)
                .body("errors.field", contains("sort"));
        Api.invalid().queryParam("status", "GONE").get("/api/v1/companies").then().statusCode(400)
                .body("errors.field", contains("status"));
        Api.invalid().queryParam("meetsCriteria", "maybe").get("/api/v1/companies").then().statusCode(400)
                .body("errors.field", contains("meetsCriteria"));
        Api.invalid().queryParam("municipality", "20; drop table company").get("/api/v1/companies").then()
                .statusCode(400).body("errors.field", contains("municipality"));
    }

    @Test
    void csvListHasHeaderAndOneRowPerMatchingCompany() {
        Fixtures.createCompany(full(30));
        Map<String, Object> other = Fixtures.company(31, "Annan, AB", "0380");
        Fixtures.createCompany(other);
        String csv = Api.given().accept("text/csv").queryParam("county", "20").get("/api/v1/companies")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[0].startsWith("id,organisationNumber,name,legalForm,municipalityCode,status"));
        assertTrue(lines[1].contains("Gruvans Återbruk") && lines[1].contains("\"Exempelgatan 1, 791 00 Falun\"")
                && lines[1].contains("återbruk;möbler"), lines[1]);
        // personal data is never exported
        assertTrue(!csv.contains("anna@example.org"));

        String all = Api.given().accept("text/csv").get("/api/v1/companies").then().statusCode(200)
                .extract().asString();
        assertTrue(all.contains("\"Annan, AB\""), all);
    }

    // ---- update ----

    @Test
    void putReplacesAndAnIdenticalPutChangesNothing() {
        long id = Fixtures.createCompany(full(40));
        Map<String, Object> body = full(40);
        body.put("name", "Gruvans Återbruk och Café");
        body.put("industries", List.of("café"));
        var first = Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/companies/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Gruvans Återbruk och Café"))
                .body("industries", contains("café"))
                .extract().jsonPath();
        var second = Api.given().contentType(ContentType.JSON).body(body).put("/api/v1/companies/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).extract().jsonPath();
        assertEquals(first.getString("updatedAt"), second.getString("updatedAt"));
        assertEquals(1, second.getInt("version"));
        assertEquals(1, TestDb.count(ds, "company_industry"));
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        long id = Fixtures.createCompany(full(41));
        Map<String, Object> body = full(41);
        body.put("name", "Nytt namn");
        Api.given().contentType(ContentType.JSON).body(body).put("/api/v1/companies/" + id).then().statusCode(200);
        var before = TestDb.snapshot(ds);
        body.put("name", "Ännu ett namn");
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/api/v1/companies/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"status\":\"CLOSED\"}").patch("/api/v1/companies/" + id)
                .then().statusCode(412);
        Api.given().header("If-Match", "\"0\"").delete("/api/v1/companies/" + id).then().statusCode(412);
        // strong comparison (RFC 9110): a weak or unquoted tag is a broken precondition, 400, never a match
        for (String broken : List.of("W/\"1\"", "1")) {
            Api.invalid().contentType(ContentType.JSON).header("If-Match", broken).body(body)
                    .put("/api/v1/companies/" + id).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
            Api.invalid().header("If-Match", broken).delete("/api/v1/companies/" + id).then().statusCode(400);
        }
        assertEquals(before, TestDb.snapshot(ds));
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/api/v1/companies/" + id).then().statusCode(200).body("name", equalTo("Ännu ett namn"));
    }

    @Test
    void putToUnknownCompanyIs404() {
        Api.given().contentType(ContentType.JSON).body(full(42)).put("/api/v1/companies/424242")
                .then().statusCode(404);
    }

    /** Preconditions are judged only for a resource that exists (RFC 9110 13.2.1): a broken one is a 404 first. */
    @Test
    void anUnknownCompanyIs404WhateverItsIfMatch() {
        for (String broken : List.of("W/\"1\"", "1")) {
            Api.invalid().contentType(ContentType.JSON).header("If-Match", broken).body(full(42))
                    .put("/api/v1/companies/424242").then().statusCode(404).contentType("application/problem+json");
            Api.invalid().contentType("application/merge-patch+json").header("If-Match", broken)
                    .body("{\"status\":\"CLOSED\"}").patch("/api/v1/companies/424242").then().statusCode(404);
            Api.invalid().header("If-Match", broken).delete("/api/v1/companies/424242").then().statusCode(404);
        }
    }

    @Test
    void mergePatchChangesOnlyTheGivenFieldsAndNullClears() {
        long id = Fixtures.createCompany(full(43));
        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"status\":\"INACTIVE\",\"contact\":null,\"criteria\":{\"reinvestsProfits\":false}}")
                .patch("/api/v1/companies/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("INACTIVE"))
                .body("contact", nullValue())
                .body("criteria.reinvestsProfits", equalTo(false))
                .body("criteria.integrationPurpose", equalTo(true))
                .body("meetsAsfCriteria", equalTo(false))
                .body("name", equalTo("Gruvans Återbruk"))
                .body("industries", contains("återbruk", "möbler"));
    }

    @Test
    void badMergePatchIs400AndChangesNothing() {
        long id = Fixtures.createCompany(full(44));
        var before = TestDb.snapshot(ds);
        Api.invalid().contentType("application/merge-patch+json").body("{\"name\":null}")
                .patch("/api/v1/companies/" + id).then().statusCode(400).body("errors.field", contains("name"));
        Api.invalid().contentType("application/merge-patch+json").body("{\"id\":7}")
                .patch("/api/v1/companies/" + id).then().statusCode(400).body("errors.field", contains("id"));
        Api.invalid().contentType("application/merge-patch+json").body("{\"legalForm\":\"KB\"}")
                .patch("/api/v1/companies/" + id).then().statusCode(400).body("errors.field", contains("legalForm"));
        Api.invalid().contentType("application/merge-patch+json").body("[1,2]")
                .patch("/api/v1/companies/" + id).then().statusCode(400).contentType("application/problem+json");
        Api.invalid().contentType("application/merge-patch+json").body("{\"name\":")
                .patch("/api/v1/companies/" + id).then().statusCode(400).contentType("application/problem+json");
        Api.invalid().contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .patch("/api/v1/companies/" + id).then().statusCode(415).contentType("application/problem+json");
        assertEquals(before, TestDb.snapshot(ds));
    }

    // ---- delete ----

    @Test
    void deleteRemovesTheCompanyAndItsLists() {
        long id = Fixtures.createCompany(full(50));
        Api.given().header("If-Match", "\"0\"").delete("/api/v1/companies/" + id).then().statusCode(204);
        Api.given().get("/api/v1/companies/" + id).then().statusCode(404);
        assertEquals(0, TestDb.count(ds, "company"));
        assertEquals(0, TestDb.count(ds, "company_industry"));
        Api.given().delete("/api/v1/companies/" + id).then().statusCode(404);
    }

    @Test
    void deleteOfACompanyInUseIs409WithAHintToClose() {
        long id = Fixtures.createCompany(full(51));
        BlockedCompanies.IDS.add(id);
        var before = TestDb.snapshot(ds);
        Api.given().delete("/api/v1/companies/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("employment reports"))
                .body("detail", containsString("CLOSED"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    // ---- malformed input of every kind ----

    @Test
    void malformedBodiesAre400ProblemsAndChangeNothing() {
        long id = Fixtures.createCompany(full(60));
        var before = TestDb.snapshot(ds);
        record Case(String body, String field) {
        }
        List<Case> cases = List.of(
                new Case("{\"name\":", null),
                new Case("not json", null),
                new Case("[]", null),
                new Case("{\"id\":1,\"name\":\"x\"}", "id"),
                new Case("{\"version\":3}", "version"),
                new Case("{\"name\":12,\"organisationNumber\":\"x\"}", "name"),
                new Case("{\"name\":\"x\",\"legalForm\":\"KB\"}", "legalForm"),
                new Case("{\"name\":\"x\",\"foundedOn\":\"yesterday\"}", "foundedOn"),
                new Case("{\"name\":\"x\",\"criteria\":{\"integrationPurpose\":\"yes\"}}", "criteria.integrationPurpose"),
                new Case("{\"name\":\"x\",\"industries\":\"one\"}", "industries"),
                new Case("{\"name\":\"a\",\"name\":\"b\"}", null),
                new Case("{\"name\":\"a\\u0000b\"}", "name"),
                new Case("{\"name\":\"x\"} trailing", null),
                new Case("{\"a\":".repeat(5000) + "1" + "}".repeat(5000), null));
        for (Case c : cases) {
            var r = Api.invalid().contentType(ContentType.JSON).body(c.body()).post("/api/v1/companies")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("status", equalTo(400)).body("title", org.hamcrest.Matchers.notNullValue());
            if (c.field() != null) {
                r.body("errors.field", contains(c.field()));
            }
            Api.invalid().contentType(ContentType.JSON).body(c.body()).put("/api/v1/companies/" + id)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void wrongMediaTypesAndOversizedBodiesAreRefused() {
        var before = TestDb.snapshot(ds);
        Api.invalid().contentType("text/plain").body("hello").post("/api/v1/companies")
                .then().statusCode(415).contentType("application/problem+json");
        Api.invalid().contentType(ContentType.JSON).accept("application/xml").body(Fixtures.company(61, "X", "2081"))
                .post("/api/v1/companies")
                .then().statusCode(406).contentType("application/problem+json");
        Api.invalid().contentType(ContentType.JSON).body(Fixtures.oversizedJson(2_000_000)).post("/api/v1/companies")
                .then().statusCode(413).contentType("application/problem+json");
        Map<String, Object> longName = Fixtures.company(63, "n".repeat(100_000), "2081");
        Api.invalid().contentType(ContentType.JSON).body(longName).post("/api/v1/companies")
                .then().statusCode(400).body("errors.field", contains("name"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        Api.invalid().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        Api.invalid().post("/api/v1/counties").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void locationOfCreatedCompanyResolves() {
        String location = Api.given().contentType(ContentType.JSON).body(full(70)).post("/api/v1/companies")
                .then().statusCode(201).header("Location", containsString("/api/v1/companies/"))
                .extract().header("Location");
        Api.invalid().get(location).then().statusCode(200).body("name", equalTo("Gruvans Återbruk"));
        Api.given().queryParam("size", 200).get("/api/v1/companies").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].website", endsWith("/gruvan"));
    }
}
