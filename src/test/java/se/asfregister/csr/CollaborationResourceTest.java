package se.asfregister.csr;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
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
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

@QuarkusTest
public class CollaborationResourceTest {

    private static final String BASE = "/api/v1/csr-collaborations";

    @Inject
    DataSource ds;

    long falun;
    long mora;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
        falun = Fixtures.createCompany(1, "Gruvans Återbruk", "2080");
        mora = Fixtures.createCompany(2, "Siljans Café", "2062");
    }

    private Map<String, Object> body(String title, String start, String end, String status) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("partnerName", "Falu Energi & Vatten AB");
        b.put("partnerType", "PRIVATE_COMPANY");
        b.put("kind", "PROCUREMENT");
        b.put("municipalityCode", "2080");
        b.put("companyIds", List.of(falun));
        b.put("startDate", start);
        b.put("endDate", end);
        b.put("status", status);
        b.put("valueSek", 250000);
        b.put("description", "Reserverad upphandling");
        return b;
    }

    private long create(Map<String, Object> b) {
        return Api.given().contentType(ContentType.JSON).body(b).post(BASE).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @Test
    void createReadReplacePatchDelete() {
        Map<String, Object> b = body("Kontorsstädning", "2025-01-01", null, "ACTIVE");
        b.put("companyIds", List.of(mora, falun, falun));
        var created = Api.given().contentType(ContentType.JSON).body(b).post(BASE).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).header("Location", containsString(BASE + "/"))
                .body("companyIds", contains((int) falun, (int) mora)).body("endDate", nullValue())
                .extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith(BASE + "/" + id));
        assertEquals(2, TestDb.count(ds, "csr_collaboration_company"));

        Api.given().get(BASE + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("title", equalTo("Kontorsstädning")).body("valueSek", equalTo(250000))
                .body("partnerType", equalTo("PRIVATE_COMPANY"));

        Map<String, Object> changed = body("Kontorsstädning och fönsterputs", "2025-01-01", null, "ACTIVE");
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).put(BASE + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("title", equalTo("Kontorsstädning och fönsterputs")).body("companyIds", contains((int) falun));
        assertEquals(1, TestDb.count(ds, "csr_collaboration_company"));

        // an identical PUT is no change: same version
        Api.given().contentType(ContentType.JSON).body(changed).put(BASE + "/" + id).then().statusCode(200)
                .body("version", equalTo(1));

        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"status\":\"COMPLETED\"}").patch(BASE + "/" + id).then().statusCode(412);
        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"status\":\"COMPLETED\",\"endDate\":\"2025-12-31\",\"valueSek\":null}")
                .patch(BASE + "/" + id).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("status", equalTo("COMPLETED")).body("endDate", equalTo("2025-12-31"))
                .body("valueSek", nullValue()).body("title", equalTo("Kontorsstädning och fönsterputs"));

        Api.given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed).put(BASE + "/" + id)
                .then().statusCode(412);
        Api.given().header("If-Match", "\"1\"").delete(BASE + "/" + id).then().statusCode(412);
        Api.given().header("If-Match", "\"2\"").delete(BASE + "/" + id).then().statusCode(204);
        Api.given().get(BASE + "/" + id).then().statusCode(404);
        assertEquals(0, TestDb.count(ds, "csr_collaboration"));
        assertEquals(0, TestDb.count(ds, "csr_collaboration_company"));
        // one audit event per write; the identical PUT and the refused ones leave none
        assertEquals(List.of("CREATE", "UPDATE", "UPDATE", "DELETE"), auditActions(id));
    }

    private List<String> auditActions(long id) {
        try (var c = ds.getConnection(); var ps = c.prepareStatement(
                "SELECT action FROM audit_event WHERE entity_type = 'CsrCollaboration' AND entity_id = ? ORDER BY id")) {
            ps.setString(1, Long.toString(id));
            try (var rs = ps.executeQuery()) {
                List<String> actions = new java.util.ArrayList<>();
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
                return actions;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pagingSortingAndCsv() {
        create(body("B-samarbete", "2024-05-01", null, "ACTIVE"));
        create(body("A-samarbete", "2025-02-01", null, "PLANNED"));
        create(body("C-samarbete", "2023-01-01", "2023-06-30", "COMPLETED"));

        Api.given().queryParam("sort", "title,asc").queryParam("size", "2").get(BASE).then().statusCode(200)
                .body("items.title", contains("A-samarbete", "B-samarbete")).body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2)).body("size", equalTo(2)).body("page", equalTo(0));
        Api.given().queryParam("sort", "title,asc").queryParam("size", "2").queryParam("page", "1").get(BASE)
                .then().statusCode(200).body("items.title", contains("C-samarbete"));
        Api.given().queryParam("sort", "startDate,desc").get(BASE).then().statusCode(200)
                .body("items.title", contains("A-samarbete", "B-samarbete", "C-samarbete"));
        Api.invalid().queryParam("sort", "partnerName").get(BASE).then().statusCode(400)
                .body("errors.field", contains("sort"));

        String csv = Api.given().accept("text/csv").queryParam("sort", "startDate,asc").get(BASE).then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length, csv);
        assertEquals("id,title,partnerName,partnerType,kind,municipalityCode,companyIds,startDate,endDate,status,"
                + "valueSek,description,version,createdAt,updatedAt", lines[0]);
        assertTrue(lines[1].contains(",C-samarbete,Falu Energi & Vatten AB,PRIVATE_COMPANY,PROCUREMENT,2080," + falun
                + ",2023-01-01,2023-06-30,COMPLETED,250000,"), lines[1]);
    }

    @Test
    void filters() {
        long a = create(body("Falun", "2024-01-01", null, "ACTIVE"));
        Map<String, Object> inMora = body("Mora", "2024-01-01", null, "PLANNED");
        inMora.put("municipalityCode", "2062");
        inMora.put("companyIds", List.of(mora));
        inMora.put("kind", "MENTORING");
        long m = create(inMora);
        Map<String, Object> inGavle = body("Gävle", "2024-01-01", null, "ACTIVE");
        inGavle.put("municipalityCode", "2180");
        inGavle.put("companyIds", List.of());
        long g = create(inGavle);

        Api.given().queryParam("municipality", "2062").get(BASE).then().body("items.id", contains((int) m));
        Api.given().queryParam("county", "20").queryParam("sort", "id").get(BASE).then()
                .body("items.id", contains((int) a, (int) m));
        Api.given().queryParam("county", "21").get(BASE).then().body("items.id", contains((int) g));
        Api.given().queryParam("status", "PLANNED").get(BASE).then().body("items.id", contains((int) m));
        Api.given().queryParam("kind", "MENTORING").get(BASE).then().body("items.id", contains((int) m));
        Api.given().queryParam("companyId", String.valueOf(falun)).get(BASE).then().body("items.id", contains((int) a));
        Api.given().queryParam("companyId", String.valueOf(mora)).queryParam("status", "ACTIVE").get(BASE).then()
                .body("items", empty());
        Api.given().queryParam("activeInYear", "2024").queryParam("sort", "id").get(BASE).then()
                .body("items.id", contains((int) a, (int) g));

        Api.invalid().queryParam("status", "RUNNING").get(BASE).then().statusCode(400)
                .body("errors.field", contains("status"));
        Api.invalid().queryParam("activeInYear", "twenty").get(BASE).then().statusCode(400)
                .body("errors.field", contains("activeInYear"));
        Api.invalid().queryParam("companyId", "x").get(BASE).then().statusCode(400)
                .body("errors.field", contains("companyId"));
        Api.invalid().queryParam("kind", "GIFT").get(BASE).then().statusCode(400).body("errors.field", contains("kind"));
    }

    /** The definition of docs/reporting.md at its edges: 31 Dec, 1 Jan, no end date, and the statuses. */
    @Test
    void activeInYearAtItsBoundaries() {
        long startsOnLastDay = create(body("startar 31 dec", "2024-12-31", null, "ACTIVE"));
        create(body("startar 1 jan efter", "2025-01-01", null, "ACTIVE"));
        long endsOnFirstDay = create(body("slutar 1 jan", "2023-06-01", "2024-01-01", "COMPLETED"));
        create(body("slutar 31 dec före", "2023-06-01", "2023-12-31", "COMPLETED"));
        long openEnded = create(body("inget slutdatum", "2020-01-01", null, "ACTIVE"));
        create(body("planerat", "2024-03-01", null, "PLANNED"));
        create(body("avbrutet", "2024-03-01", null, "CANCELLED"));

        Api.given().queryParam("activeInYear", "2024").queryParam("sort", "id").get(BASE).then().statusCode(200)
                .body("items.id", contains((int) startsOnLastDay, (int) endsOnFirstDay, (int) openEnded));
        assertTrue(CollaborationRules.activeInYearSql("c").contains("c.end_date IS NULL"));
    }

    @Test
    void perCompanyList() {
        long a = create(body("Falun", "2024-01-01", null, "ACTIVE"));
        Map<String, Object> both = body("Båda", "2024-01-01", null, "ACTIVE");
        both.put("companyIds", List.of(falun, mora));
        long b = create(both);

        Api.given().queryParam("sort", "id,desc").get("/api/v1/companies/" + falun + "/csr-collaborations").then()
                .statusCode(200).body("items.id", contains((int) b, (int) a)).body("totalItems", equalTo(2));
        Api.anonymous().get("/api/v1/companies/" + mora + "/csr-collaborations").then().statusCode(200)
                .body("items.id", contains((int) b));
        Api.given().get("/api/v1/companies/987654/csr-collaborations").then().statusCode(404)
                .body("detail", equalTo("Company 987654 does not exist"));
    }

    @Test
    void invalidCollaborationsAre400AndChangeNothing() {
        long id = create(body("Befintligt", "2024-01-01", null, "ACTIVE"));
        var before = TestDb.snapshot(ds);

        Map<String, Object> backwards = body("Baklänges", "2024-06-01", "2024-05-31", "ACTIVE");
        Api.invalid().contentType(ContentType.JSON).body(backwards).post(BASE).then().statusCode(400)
                .body("errors.field", contains("endDate"));

        Map<String, Object> unknownCompanies = body("Okända", "2024-01-01", null, "ACTIVE");
        unknownCompanies.put("companyIds", List.of(falun, 987654, 987653));
        Api.invalid().contentType(ContentType.JSON).body(unknownCompanies).post(BASE).then().statusCode(400)
                .body("errors.field", contains("companyIds"))
                .body("errors[0].message", equalTo("no company has id 987653, 987654"));

        Map<String, Object> noMunicipality = body("Ingen kommun", "2024-01-01", null, "ACTIVE");
        noMunicipality.put("municipalityCode", "0000");
        Api.invalid().contentType(ContentType.JSON).body(noMunicipality).post(BASE).then().statusCode(400)
                .body("errors.field", contains("municipalityCode"));

        Map<String, Object> noStart = body("Ingen start", "2024-01-01", null, "ACTIVE");
        noStart.remove("startDate");
        Api.invalid().contentType(ContentType.JSON).body(noStart).post(BASE).then().statusCode(400)
                .body("errors.field", contains("startDate"));

        Map<String, Object> negative = body("Negativt", "2024-01-01", null, "ACTIVE");
        negative.put("valueSek", -1);
        Api.invalid().contentType(ContentType.JSON).body(negative).post(BASE).then().statusCode(400)
                .body("errors.field", contains("valueSek"));

        Map<String, Object> longTexts = body("x".repeat(201), "2024-01-01", null, "ACTIVE");
        longTexts.put("partnerName", "p".repeat(201));
        longTexts.put("description", "d".repeat(4001));
        Api.invalid().contentType(ContentType.JSON).body(longTexts).post(BASE).then().statusCode(400)
                .body("errors.field", contains("description", "partnerName", "title"));

        Map<String, Object> tooMany = body("Många", "2024-01-01", null, "ACTIVE");
        tooMany.put("companyIds", java.util.stream.LongStream.rangeClosed(1, 501).boxed().toList());
        Api.invalid().contentType(ContentType.JSON).body(tooMany).post(BASE).then().statusCode(400)
                .body("errors.field", contains("companyIds"));

        // the same rules on PUT and PATCH
        Api.invalid().contentType(ContentType.JSON).body(backwards).put(BASE + "/" + id).then().statusCode(400)
                .body("errors.field", contains("endDate"));
        Api.invalid().contentType("application/merge-patch+json").body("{\"endDate\":\"2023-12-31\"}")
                .patch(BASE + "/" + id).then().statusCode(400).body("errors.field", contains("endDate"));
        Api.invalid().contentType("application/merge-patch+json").body("{\"companyIds\":[987654]}")
                .patch(BASE + "/" + id).then().statusCode(400).body("errors.field", contains("companyIds"));

        assertEquals(before, TestDb.snapshot(ds));
    }

    /** Who may write is the access matrix's ({@code AccessMatrixTest}); this is the public read. */
    @Test
    void anonymousReads() {
        long id = create(body("Befintligt", "2024-01-01", null, "ACTIVE"));
        Api.anonymous().get(BASE).then().statusCode(200).body("totalItems", equalTo(1));
        Api.anonymous().get(BASE + "/" + id).then().statusCode(200).body("title", equalTo("Befintligt"));
        for (String[] user : List.of(new String[] {Api.ANALYST, Api.ANALYST_PASSWORD},
                new String[] {Api.REPORTER, Api.REPORTER_PASSWORD})) {
            Api.as(user[0], user[1]).get(BASE + "/" + id).then().statusCode(200);
        }
    }

    @Test
    void aCompanyInACollaborationCannotBeDeleted() {
        long id = create(body("Befintligt", "2024-01-01", null, "ACTIVE"));
        Api.given().delete("/api/v1/companies/" + falun).then().statusCode(409)
                .body("detail", containsString("it takes part in 1 CSR collaboration"));
        Api.given().get("/api/v1/companies/" + falun).then().statusCode(200);
        // a company in no collaboration goes
        Api.given().delete("/api/v1/companies/" + mora).then().statusCode(204);
        // once the collaboration is gone, so can the company
        Api.given().delete(BASE + "/" + id).then().statusCode(204);
        Api.given().delete("/api/v1/companies/" + falun).then().statusCode(204);
        Api.given().get(BASE).then().body("items", empty()).body("totalItems", equalTo(0));
        Api.given().get("/api/v1/companies/" + falun).then().statusCode(404)
                .body("detail", endsWith("does not exist"));
    }
}
