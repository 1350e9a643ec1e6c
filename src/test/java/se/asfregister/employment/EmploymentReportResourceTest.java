package se.asfregister.employment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.common.SwedishClock;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

@QuarkusTest
public class EmploymentReportResourceTest {

    @Inject
    DataSource ds;

    @Inject
    SwedishClock clock;

    long falun;
    long stockholm;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        falun = Fixtures.createCompany(1, "Gruvans Återbruk", "2080");
        stockholm = Fixtures.createCompany(2, "Söderns Café", "0180");
    }

    static String path(long company, String period) {
        return "/api/v1/companies/" + company + "/employment-reports/" + period;
    }

    private static Response put(long company, String period, Map<String, Object> body) {
        return Api.given().contentType(ContentType.JSON).body(body).put(path(company, period));
    }

    // ---- upsert ----

    @Test
    void firstPutCreatesWith201LocationAndTotalsThenTheSameBodyChangesNothing() {
        Response created = put(falun, "2025-Q1", EmploymentFixtures.report(0));
        created.then().statusCode(201)
                .header("Location", endsWith(path(falun, "2025-Q1")))
                // the report's row and its version: "<row>.0"
                .header("ETag", matchesPattern("\"\\d+\\.0\""))
                .body("companyId", equalTo((int) falun))
                .body("period", equalTo("2025-Q1"))
                .body("employees.total", equalTo(5))
                .body("employeesTotal", equalTo(5))
                .body("employeesWithWageSubsidy.total", equalTo(3))
                // participants = work training (4,3,0) + rehabilitation (1,2,0) + internships (1,0,1)
                .body("participants.women", equalTo(6))
                .body("participants.men", equalTo(5))
                .body("participants.other", equalTo(1))
                .body("participants.total", equalTo(12))
                .body("revenueSek", equalTo(1_250_000))
                .body("version", equalTo(0));
        String updatedAt = created.jsonPath().getString("updatedAt");
        String row = created.header("ETag").replaceAll("^\"(\\d+)\\..*", "$1");

        put(falun, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(200)
                .header("ETag", equalTo("\"" + row + ".0\""))
                .body("version", equalTo(0))
                .body("updatedAt", equalTo(updatedAt));

        put(falun, "2025-Q1", EmploymentFixtures.report(1)).then().statusCode(200)
                .header("ETag", equalTo("\"" + row + ".1\""))
                .body("version", equalTo(1))
                .body("employees.women", equalTo(4));

        Api.given().get(path(falun, "2025-Q1")).then().statusCode(200)
                .header("ETag", equalTo("\"" + row + ".1\""))
                .body("employees.women", equalTo(4));
        assertEquals(1, TestDb.count(ds, "employment_report"));
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        String first = put(falun, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(201).extract()
                .header("ETag");
        Api.given().contentType(ContentType.JSON).header("If-Match", first).body(EmploymentFixtures.report(1))
                .put(path(falun, "2025-Q1")).then().statusCode(200).body("version", equalTo(1));
        var before = TestDb.snapshot(ds);

        Api.given().contentType(ContentType.JSON).header("If-Match", first).body(EmploymentFixtures.report(2))
                .put(path(falun, "2025-Q1")).then().statusCode(412)
                .contentType(containsString("application/problem+json"));
        Api.given().header("If-Match", first).delete(path(falun, "2025-Q1")).then().statusCode(412);
        // If-Match names a stored report, so it cannot match a report that does not exist yet
        Api.given().contentType(ContentType.JSON).header("If-Match", first).body(EmploymentFixtures.report(2))
                .put(path(falun, "2024-Q4")).then().statusCode(412);
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void aReportDeletedAndCreatedAgainGetsATagTheOldIfMatchDoesNotMatch() {
        String old = put(falun, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(201).extract()
                .header("ETag");
        Api.given().header("If-Match", old).delete(path(falun, "2025-Q1")).then().statusCode(204);
        // the new report is version 0 again, as the old one was when its tag was read
        Response again = put(falun, "2025-Q1", EmploymentFixtures.report(1));
        again.then().statusCode(201).body("version", equalTo(0));
        assertNotEquals(old, again.header("ETag"));
        var before = TestDb.snapshot(ds);

        Api.given().contentType(ContentType.JSON).header("If-Match", old).body(EmploymentFixtures.report(2))
                .put(path(falun, "2025-Q1")).then().statusCode(412)
                .body("type", equalTo("urn:asf-register:problem:precondition-failed"));
        Api.given().header("If-Match", old).delete(path(falun, "2025-Q1")).then().statusCode(412);
        assertEquals(before, TestDb.snapshot(ds));
        Api.given().contentType(ContentType.JSON).header("If-Match", again.header("ETag"))
                .body(EmploymentFixtures.report(2)).put(path(falun, "2025-Q1")).then().statusCode(200)
                .body("version", equalTo(1));
    }

    @Test
    void weakOrUnquotedIfMatchIs400AndChangesNothing() {
        String tag = put(falun, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(201).extract()
                .header("ETag");
        var before = TestDb.snapshot(ds);
        for (String bad : List.of("W/" + tag, tag.replace("\"", ""))) {
            Api.invalid().contentType(ContentType.JSON).header("If-Match", bad).body(EmploymentFixtures.report(1))
                    .put(path(falun, "2025-Q1")).then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("errors[0].field", equalTo("If-Match"));
            Api.invalid().header("If-Match", bad).delete(path(falun, "2025-Q1")).then().statusCode(400);
            // also where there is no report yet: the header is broken, not merely unmatched
            Api.invalid().contentType(ContentType.JSON).header("If-Match", bad).body(EmploymentFixtures.report(1))
                    .put(path(falun, "2024-Q4")).then().statusCode(400);
        }
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void deleteRemovesTheReport() {
        String tag = put(falun, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(201).extract()
                .header("ETag");
        Api.given().header("If-Match", tag).delete(path(falun, "2025-Q1")).then().statusCode(204);
        Api.given().get(path(falun, "2025-Q1")).then().statusCode(404);
        Api.given().delete(path(falun, "2025-Q1")).then().statusCode(404);
        assertEquals(0, TestDb.count(ds, "employment_report"));
    }

    // ---- lists ----

    @Test
    void companyListIsNewestFirstInThePagingEnvelope() {
        for (String p : List.of("2024-Q4", "2025-Q2", "2025-Q1")) {
            put(falun, p, EmploymentFixtures.report(0)).then().statusCode(201);
        }
        put(stockholm, "2025-Q3", EmploymentFixtures.report(0)).then().statusCode(201);

        Api.given().get("/api/v1/companies/" + falun + "/employment-reports").then().statusCode(200)
                .body("items.period", contains("2025-Q2", "2025-Q1", "2024-Q4"))
                .body("totalItems", equalTo(3));
        Api.given().queryParam("size", 2).queryParam("page", 1).get("/api/v1/companies/" + falun + "/employment-reports")
                .then().statusCode(200)
                .body("items.period", contains("2024-Q4"))
                .body("totalPages", equalTo(2));
        Api.given().queryParam("sort", "period,asc").get("/api/v1/companies/" + falun + "/employment-reports")
                .then().statusCode(200)
                .body("items.period", contains("2024-Q4", "2025-Q1", "2025-Q2"));
    }

    @Test
    void crossCompanyFiltersCombine() {
        put(falun, "2024-Q4", EmploymentFixtures.report(0)).then().statusCode(201);
        put(falun, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(201);
        put(stockholm, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(201);
        put(stockholm, "2025-Q2", EmploymentFixtures.report(0)).then().statusCode(201);

        assertPeriods(Map.of(), List.of("2025-Q2", "2025-Q1", "2025-Q1", "2024-Q4"));
        assertPeriods(Map.of("companyId", falun), List.of("2025-Q1", "2024-Q4"));
        assertPeriods(Map.of("municipality", "0180"), List.of("2025-Q2", "2025-Q1"));
        assertPeriods(Map.of("county", "20"), List.of("2025-Q1", "2024-Q4"));
        assertPeriods(Map.of("year", 2025), List.of("2025-Q2", "2025-Q1", "2025-Q1"));
        assertPeriods(Map.of("period", "2025-Q1", "county", "01"), List.of("2025-Q1"));
        assertPeriods(Map.of("fromPeriod", "2025-Q1", "toPeriod", "2025-Q1"), List.of("2025-Q1", "2025-Q1"));
        assertPeriods(Map.of("fromPeriod", "2025-Q2"), List.of("2025-Q2"));
        assertPeriods(Map.of("toPeriod", "2024-Q4"), List.of("2024-Q4"));

        Api.invalid().queryParam("fromPeriod", "2025-Q2").queryParam("toPeriod", "2025-Q1")
                .get("/api/v1/employment-reports").then().statusCode(400).body("errors[0].field", equalTo("toPeriod"));
        Api.invalid().queryParam("period", "2025-5").get("/api/v1/employment-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        Api.invalid().queryParam("year", "1999").get("/api/v1/employment-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    private static void assertPeriods(Map<String, Object> query, List<String> periods) {
        List<String> got = Api.given().queryParams(query).get("/api/v1/employment-reports")
                .then().statusCode(200).extract().jsonPath().getList("items.period");
        assertEquals(periods, got, query.toString());
    }

    @Test
    void csvExportStreamsTheImportColumns() {
        put(falun, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(201);
        put(stockholm, "2025-Q1", EmploymentFixtures.report(2)).then().statusCode(201);

        Response r = Api.given().accept("text/csv").queryParam("county", "20").get("/api/v1/employment-reports");
        r.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("employment-reports.csv"));
        String[] lines = r.asString().split("\r\n");
        assertEquals(String.join(",", Figures.COLUMNS), lines[0]);
        assertEquals(2, lines.length, r.asString());
        // the report does not state its disadvantaged employees: three empty cells
        assertEquals(Fixtures.orgNumber(1) + ",2025-Q1,3,2,0,2,1,0,4,3,0,1,2,0,1,0,1,1,0,1250000,,,", lines[1]);

        String all = Api.given().accept("text/csv").get("/api/v1/employment-reports").then().statusCode(200)
                .extract().asString();
        assertEquals(3, all.split("\r\n").length, all);
    }

    // ---- validation ----

    @Test
    void everyValidationRuleAnswers400NamingTheFieldAndWritesNothing() {
        var before = TestDb.snapshot(ds);
        expect400("1999-Q4", EmploymentFixtures.report(0), "period");
        expect400("2025-Q5", EmploymentFixtures.report(0), "period");
        expect400("2025Q1", EmploymentFixtures.report(0), "period");
        expect400((Period.current(clock).year() + 1) + "-Q1", EmploymentFixtures.report(0), "period");

        Map<String, Object> b = EmploymentFixtures.report(0);
        b.put("employees", EmploymentFixtures.counts(3, 100_001, 0));
        expect400("2025-Q1", b, "employees.men");
        b = EmploymentFixtures.report(0);
        b.put("internships", EmploymentFixtures.counts(-1, 0, 0));
        expect400("2025-Q1", b, "internships.women");
        b = EmploymentFixtures.report(0);
        b.put("transitionsToWork", 100_001);
        expect400("2025-Q1", b, "transitionsToWork");
        b = EmploymentFixtures.report(0);
        b.put("employeesWithWageSubsidy", EmploymentFixtures.counts(2, 3, 0));
        expect400("2025-Q1", b, "employeesWithWageSubsidy.men");
        b = EmploymentFixtures.report(0);
        b.put("revenueSek", -1);
        expect400("2025-Q1", b, "revenueSek");
        b = EmploymentFixtures.report(0);
        b.put("revenueSek", 10_000_000_000_001L);
        expect400("2025-Q1", b, "revenueSek");
        b = EmploymentFixtures.report(0);
        b.remove("rehabilitation");
        expect400("2025-Q1", b, "rehabilitation");
        b = EmploymentFixtures.report(0);
        b.put("workTraining", Map.of("women", 1, "men", 1));
        expect400("2025-Q1", b, "workTraining.other");
        b = EmploymentFixtures.report(0);
        b.put("employeesTotal", 5);
        expect400("2025-Q1", b, "employeesTotal");
        b = EmploymentFixtures.report(0);
        b.put("transitionsToEducation", 1.5);
        expect400("2025-Q1", b, "transitionsToEducation");
        assertEquals(before, TestDb.snapshot(ds));
    }

    private void expect400(String period, Map<String, Object> body, String field) {
        Api.invalid().contentType(ContentType.JSON).body(body).put(path(falun, period))
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void unknownCompanyIs404() {
        put(987654321L, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(404);
        Api.given().get(path(987654321L, "2025-Q1")).then().statusCode(404);
        Api.given().get("/api/v1/companies/987654321/employment-reports").then().statusCode(404);
        Api.given().delete(path(987654321L, "2025-Q1")).then().statusCode(404);
        Api.given().get(path(falun, "2025-Q1")).then().statusCode(404);
        Api.given().get(path(falun, "not-a-period")).then().statusCode(404);
    }

    // ---- access ----

    @Test
    void reporterUsesItsOwnCompanyOnlyAndSeesOnlyItsRows() {
        EmploymentFixtures.bindDemoReporter(falun);
        put(stockholm, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(201);

        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).contentType(ContentType.JSON).body(EmploymentFixtures.report(0))
                .put(path(falun, "2025-Q1")).then().statusCode(201);
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).get(path(falun, "2025-Q1")).then().statusCode(200);
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).get("/api/v1/employment-reports").then().statusCode(200)
                .body("items.companyId", contains((int) falun));
        String csv = Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).accept("text/csv").get("/api/v1/employment-reports")
                .then().statusCode(200).extract().asString();
        assertEquals(2, csv.split("\r\n").length, csv);
        assertTrue(csv.contains(Fixtures.orgNumber(1)));

        var before = TestDb.snapshot(ds);
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).contentType(ContentType.JSON).body(EmploymentFixtures.report(1))
                .put(path(stockholm, "2025-Q1")).then().statusCode(403);
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).get(path(stockholm, "2025-Q1")).then().statusCode(403);
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).get("/api/v1/companies/" + stockholm + "/employment-reports")
                .then().statusCode(403);
        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).delete(path(stockholm, "2025-Q1")).then().statusCode(403);
        assertEquals(before, TestDb.snapshot(ds));

        Api.as(Api.REPORTER, Api.REPORTER_PASSWORD).delete(path(falun, "2025-Q1")).then().statusCode(204);
    }

    @Test
    void analystReadsEverythingButCannotWrite() {
        put(stockholm, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(201);
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).get(path(stockholm, "2025-Q1")).then().statusCode(200);
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).get("/api/v1/employment-reports").then().statusCode(200)
                .body("totalItems", equalTo(1));
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).contentType(ContentType.JSON).body(EmploymentFixtures.report(1))
                .put(path(stockholm, "2025-Q1")).then().statusCode(403);
    }

    @Test
    void anonymousCallersAre401() {
        put(falun, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(201);
        var before = TestDb.snapshot(ds);
        Api.anonymous().get(path(falun, "2025-Q1")).then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        Api.anonymous().get("/api/v1/companies/" + falun + "/employment-reports").then().statusCode(401);
        Api.anonymous().get("/api/v1/employment-reports").then().statusCode(401);
        Api.anonymous().accept("text/csv").get("/api/v1/employment-reports").then().statusCode(401);
        Api.anonymous().contentType(ContentType.JSON).body(EmploymentFixtures.report(1)).put(path(falun, "2025-Q1"))
                .then().statusCode(401);
        Api.anonymous().delete(path(falun, "2025-Q1")).then().statusCode(401);
        assertEquals(before, TestDb.snapshot(ds));
    }

    // ---- company deletion ----

    @Test
    void companyWithReportsCannotBeDeleted() {
        put(falun, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(201);
        put(falun, "2025-Q2", EmploymentFixtures.report(0)).then().statusCode(201);
        Api.given().delete("/api/v1/companies/" + falun).then().statusCode(409)
                .body("detail", containsString("2 employment reports"))
                .body("detail", containsString("CLOSED"));
        Api.given().get("/api/v1/companies/" + falun).then().statusCode(200);

        Api.given().delete(path(falun, "2025-Q1")).then().statusCode(204);
        Api.given().delete(path(falun, "2025-Q2")).then().statusCode(204);
        Api.given().delete("/api/v1/companies/" + falun).then().statusCode(204);
    }

    @Test
    void everyWriteLeavesOneAuditEvent() {
        put(falun, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(201);
        put(falun, "2025-Q1", EmploymentFixtures.report(0)).then().statusCode(200);
        put(falun, "2025-Q1", EmploymentFixtures.report(1)).then().statusCode(200);
        Api.given().queryParam("entityType", "EmploymentReport").get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", contains("CREATE", "UPDATE"))
                // named by company and period, as the URL names the report and as an import does
                .body("items.entityId", contains(falun + "/2025-Q1", falun + "/2025-Q1"))
                .body("items[1].changedFields", contains("employeesWomen", "revenueSek"));
    }
}
