package se.asfregister.policy;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;

@QuarkusTest
public class PolicyResourceTest {

    private static final String BASE = "/api/v1/municipal-policies";

    @Inject
    DataSource ds;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
    }

    private static Map<String, Object> body(String title, String status, String adoptedOn, String validUntil) {
        Map<String, Object> b = new HashMap<>();
        b.put("municipalityCode", "2081");
        b.put("title", title);
        b.put("kind", "ACTION_PLAN");
        b.put("status", status);
        b.put("adoptedOn", adoptedOn);
        b.put("validUntil", validUntil);
        b.put("documentUrl", "https://example.org/borlange/plan.pdf");
        b.put("socialProcurement", true);
        b.put("summary", "Kommunen köper tjänster av ASF.");
        return b;
    }

    private long create(Map<String, Object> b) {
        return Api.given().contentType(ContentType.JSON).body(b).post(BASE).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @Test
    void createReadReplacePatchDelete() {
        var created = Api.given().contentType(ContentType.JSON)
                .body(body("Handlingsplan", "ADOPTED", "2024-03-01", "2027-12-31")).post(BASE).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("socialProcurement", equalTo(true)).extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith(BASE + "/" + id));

        Api.given().get(BASE + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("title", equalTo("Handlingsplan")).body("adoptedOn", equalTo("2024-03-01"))
                .body("validUntil", equalTo("2027-12-31")).body("kind", equalTo("ACTION_PLAN"));

        Map<String, Object> draft = body("Policy för sociala företag", "DRAFT", null, null);
        draft.remove("socialProcurement");
        draft.put("kind", "PARTNERSHIP_AGREEMENT");
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(draft).put(BASE + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("adoptedOn", nullValue())
                .body("socialProcurement", equalTo(false)).body("kind", equalTo("PARTNERSHIP_AGREEMENT"));

        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"status\":\"ADOPTED\",\"adoptedOn\":\"2025-01-15\",\"documentUrl\":null}")
                .patch(BASE + "/" + id).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("status", equalTo("ADOPTED")).body("adoptedOn", equalTo("2025-01-15"))
                .body("documentUrl", nullValue()).body("title", equalTo("Policy för sociala företag"));

        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"title\":\"Gammal\"}").patch(BASE + "/" + id).then().statusCode(412);
        Api.given().header("If-Match", "\"1\"").delete(BASE + "/" + id).then().statusCode(412);
        Api.given().header("If-Match", "\"2\"").delete(BASE + "/" + id).then().statusCode(204);
        Api.given().get(BASE + "/" + id).then().statusCode(404);
        assertEquals(0, TestDb.count(ds, "municipal_policy"));
    }

    @Test
    void pagingSortingAndCsv() {
        create(body("B-plan", "ADOPTED", "2022-01-01", null));
        create(body("A-plan", "ADOPTED", "2024-01-01", null));
        create(body("C-plan, reviderad", "REVISED", "2020-01-01", null));

        Api.given().queryParam("sort", "title").queryParam("size", "2").get(BASE).then().statusCode(200)
                .body("items.title", contains("A-plan", "B-plan")).body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        Api.given().queryParam("sort", "adoptedOn,desc").get(BASE).then()
                .body("items.title", contains("A-plan", "B-plan", "C-plan, reviderad"));
        Api.invalid().queryParam("sort", "status").get(BASE).then().statusCode(400).body("errors.field", contains("sort"));

        String csv = Api.given().accept("text/csv").queryParam("sort", "adoptedOn").get(BASE).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length, csv);
        assertEquals("id,municipalityCode,title,kind,status,adoptedOn,validUntil,documentUrl,socialProcurement,"
                + "summary,version,createdAt,updatedAt", lines[0]);
        assertTrue(lines[1].contains(",2081,\"C-plan, reviderad\",ACTION_PLAN,REVISED,2020-01-01,,"
                + "https://example.org/borlange/plan.pdf,true,"), lines[1]);
    }

    @Test
    void filters() {
        long borlange = create(body("Borlänge", "ADOPTED", "2024-01-01", null));
        Map<String, Object> falun = body("Falun", "DRAFT", null, null);
        falun.put("municipalityCode", "2080");
        falun.put("kind", "PROCUREMENT_GUIDELINE");
        long f = create(falun);
        Map<String, Object> gavle = body("Gävle", "ADOPTED", "2024-01-01", null);
        gavle.put("municipalityCode", "2180");
        long g = create(gavle);

        Api.given().queryParam("municipality", "2080").get(BASE).then().body("items.id", contains((int) f));
        Api.given().queryParam("county", "20").queryParam("sort", "id").get(BASE).then()
                .body("items.id", contains((int) borlange, (int) f));
        Api.given().queryParam("status", "DRAFT").get(BASE).then().body("items.id", contains((int) f));
        Api.given().queryParam("kind", "PROCUREMENT_GUIDELINE").get(BASE).then().body("items.id", contains((int) f));
        Api.given().queryParam("inForceOn", "2024-06-01").queryParam("county", "21").get(BASE).then()
                .body("items.id", contains((int) g));

        Api.invalid().queryParam("inForceOn", "2024-13-01").get(BASE).then().statusCode(400)
                .body("errors.field", contains("inForceOn"));
        Api.invalid().queryParam("status", "ACTIVE").get(BASE).then().statusCode(400)
                .body("errors.field", contains("status"));
        Api.invalid().queryParam("municipality", "20801").get(BASE).then().statusCode(400)
                .body("errors.field", contains("municipality"));
    }

    /** The definition of docs/reporting.md at its edges, for D = 2025-06-30. */
    @Test
    void inForceOnAtItsBoundaries() {
        long adoptedThatDay = create(body("antagen D", "ADOPTED", "2025-06-30", null));
        create(body("antagen D+1", "ADOPTED", "2025-07-01", null));
        long validUntilThatDay = create(body("giltig t.o.m. D", "REVISED", "2020-01-01", "2025-06-30"));
        create(body("giltig t.o.m. D-1", "ADOPTED", "2020-01-01", "2025-06-29"));
        create(body("upphävd", "REPEALED", "2020-01-01", null));
        create(body("utkast", "DRAFT", null, null));
        Map<String, Object> draftWithDate = body("utkast med datum", "DRAFT", "2020-01-01", null);
        create(draftWithDate);

        Api.given().queryParam("inForceOn", "2025-06-30").queryParam("sort", "id").get(BASE).then().statusCode(200)
                .body("items.id", contains((int) adoptedThatDay, (int) validUntilThatDay));
        assertTrue(PolicyRules.inForceSql("p").contains("p.valid_until >= :day"));
    }

    @Test
    void perMunicipalityList() {
        long a = create(body("Borlänge 1", "ADOPTED", "2024-01-01", null));
        long b = create(body("Borlänge 2", "DRAFT", null, null));
        Map<String, Object> falun = body("Falun", "ADOPTED", "2024-01-01", null);
        falun.put("municipalityCode", "2080");
        create(falun);

        Api.given().queryParam("sort", "id,desc").get("/api/v1/municipalities/2081/policies").then().statusCode(200)
                .body("items.id", contains((int) b, (int) a)).body("totalItems", equalTo(2));
        Api.anonymous().get("/api/v1/municipalities/2062/policies").then().statusCode(200).body("items", empty());
        Api.given().get("/api/v1/municipalities/0000/policies").then().statusCode(404)
                .body("detail", equalTo("Municipality 0000 does not exist"));
        Api.invalid().get("/api/v1/municipalities/abc/policies").then().statusCode(404);
    }

    @Test
    void invalidPoliciesAre400AndChangeNothing() {
        long id = create(body("Befintlig", "ADOPTED", "2024-01-01", null));
        var before = TestDb.snapshot(ds);

        Api.invalid().contentType(ContentType.JSON).body(body("Utan datum", "ADOPTED", null, null)).post(BASE).then()
                .statusCode(400).body("errors.field", contains("adoptedOn"));
        Api.invalid().contentType(ContentType.JSON).body(body("Utan datum", "REVISED", null, null)).post(BASE).then()
                .statusCode(400).body("errors.field", contains("adoptedOn"));
        Api.invalid().contentType(ContentType.JSON).body(body("Baklänges", "ADOPTED", "2024-01-02", "2024-01-01"))
                .post(BASE).then().statusCode(400).body("errors.field", contains("validUntil"));

        Map<String, Object> badUrl = body("Fel länk", "ADOPTED", "2024-01-01", null);
        for (String url : List.of("ftp://example.org/plan.pdf", "/relative/plan.pdf", "not a url")) {
            badUrl.put("documentUrl", url);
            Api.invalid().contentType(ContentType.JSON).body(badUrl).post(BASE).then().statusCode(400)
                    .body("errors.field", contains("documentUrl"));
        }

        Map<String, Object> noMunicipality = body("Ingen kommun", "DRAFT", null, null);
        noMunicipality.put("municipalityCode", "0000");
        Api.invalid().contentType(ContentType.JSON).body(noMunicipality).post(BASE).then().statusCode(400)
                .body("errors.field", contains("municipalityCode"));

        Map<String, Object> longTexts = body("x".repeat(201), "DRAFT", null, null);
        longTexts.put("summary", "s".repeat(4001));
        Api.invalid().contentType(ContentType.JSON).body(longTexts).post(BASE).then().statusCode(400)
                .body("errors.field", contains("summary", "title"));

        Api.invalid().contentType("application/merge-patch+json").body("{\"adoptedOn\":null}")
                .patch(BASE + "/" + id).then().statusCode(400).body("errors.field", contains("adoptedOn"));
        Api.invalid().contentType(ContentType.JSON).body(body("Baklänges", "ADOPTED", "2024-01-02", "2024-01-01"))
                .put(BASE + "/" + id).then().statusCode(400).body("errors.field", contains("validUntil"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    /** Who may write is the access matrix's ({@code AccessMatrixTest}); this is the public read. */
    @Test
    void anonymousReads() {
        long id = create(body("Befintlig", "ADOPTED", "2024-01-01", null));
        Api.anonymous().get(BASE).then().statusCode(200).body("totalItems", equalTo(1));
        Api.anonymous().get(BASE + "/" + id).then().statusCode(200).body("title", equalTo("Befintlig"));
    }
}
