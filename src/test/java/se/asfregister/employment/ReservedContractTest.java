package se.asfregister.employment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
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

/**
 * Reserved-contract eligibility (LOU 4 kap. 18 §), derived from the latest employment report's
 * disadvantaged employees for companies that opt in, and the new optional figure itself:
 * validated per gender, optional in PUT and in the import.
 */
@QuarkusTest
public class ReservedContractTest {

    @Inject
    DataSource ds;

    long exactly;
    long below;
    long above;
    long notOptedIn;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        exactly = Fixtures.createCompany(1, "Trettio Procent ek. för.", "2080");
        below = Fixtures.createCompany(2, "Nästan Trettio AB (svb)", "2081");
        above = Fixtures.createCompany(3, "Över Trettio ek. för.", "2062");
        notOptedIn = Fixtures.createCompany(4, "Inte Med ek. för.", "2080");
        for (long id : List.of(exactly, below, above)) {
            optIn(id, true);
        }
    }

    /** A report of 10,000 employees (6,000 women, 4,000 men), {@code disadvantaged} of them (women first). */
    static Map<String, Object> report(int disadvantagedWomen, int disadvantagedMen) {
        Map<String, Object> body = new HashMap<>(EmploymentFixtures.report(0));
        body.put("employees", EmploymentFixtures.counts(6_000, 4_000, 0));
        body.put("disadvantagedEmployees", EmploymentFixtures.counts(disadvantagedWomen, disadvantagedMen, 0));
        return body;
    }

    static void put(long company, String period, Map<String, Object> body) {
        Api.given().contentType(ContentType.JSON).body(body).put(EmploymentReportResourceTest.path(company, period))
                .then().statusCode(201);
    }

    static void optIn(long company, boolean optIn) {
        Api.given().contentType("application/merge-patch+json").body(Map.of("reservedContractOptIn", optIn))
                .patch("/api/v1/companies/" + company).then().statusCode(200)
                .body("reservedContractOptIn", equalTo(optIn));
    }

    /**
     * Of 10,000 employees: 3,000 disadvantaged is 30.00 % (eligible), 2,999 is 29.99 % (not),
     * 3,001 is 30.01 % (eligible); 5,000 is 50 % but the company did not opt in.
     */
    @Test
    void eligibleFromExactlyThirtyPercentOfTheLatestReport() {
        put(exactly, "2025-Q2", report(1_800, 1_200));
        put(below, "2025-Q2", report(1_799, 1_200));
        put(above, "2025-Q2", report(1_800, 1_201));
        put(notOptedIn, "2025-Q2", report(3_000, 2_000));
        Api.given().get(EmploymentReportResourceTest.path(exactly, "2025-Q2")).then().statusCode(200)
                .body("disadvantagedEmployees.total", equalTo(3_000));

        eligibility(exactly, true, "2025-Q2");
        eligibility(below, false, "2025-Q2");
        eligibility(above, true, "2025-Q2");
        eligibility(notOptedIn, false, null);
        // the list looks the page's statuses up at once and gives each company its own (ids in creation order)
        Api.anonymous().get("/api/v1/companies?sort=id").then().statusCode(200)
                .body("items.id", contains((int) exactly, (int) below, (int) above, (int) notOptedIn))
                .body("items.reservedContractEligible", contains(true, false, true, false))
                .body("items.reservedContractQuarter", contains("2025-Q2", "2025-Q2", "2025-Q2", null));
        Api.anonymous().get("/api/v1/companies?reservedContract=true").then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) exactly, (int) above));
        Api.anonymous().get("/api/v1/companies?reservedContract=false").then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) below, (int) notOptedIn));

        // the latest report decides, both ways: 29.99 % in Q3 ends it, 30 % in Q3 starts it
        put(exactly, "2025-Q3", report(1_799, 1_200));
        put(below, "2025-Q3", report(1_800, 1_200));
        eligibility(exactly, false, "2025-Q3");
        eligibility(below, true, "2025-Q3");
        // a report before the latest changes nothing
        Api.given().contentType(ContentType.JSON).body(report(0, 0))
                .put(EmploymentReportResourceTest.path(below, "2025-Q2")).then().statusCode(200);
        eligibility(below, true, "2025-Q3");
        // opting out hides it
        optIn(below, false);
        eligibility(below, false, null);
    }

    @Test
    void aLatestReportWithoutTheFigureOrWithoutEmployeesIsNotEligible() {
        put(exactly, "2025-Q2", report(1_800, 1_200));
        put(exactly, "2025-Q3", EmploymentFixtures.report(0));
        Api.given().get(EmploymentReportResourceTest.path(exactly, "2025-Q3")).then()
                .body("disadvantagedEmployees", nullValue());
        eligibility(exactly, false, "2025-Q3");

        Map<String, Object> nobody = new HashMap<>(report(0, 0));
        nobody.put("employees", EmploymentFixtures.counts(0, 0, 0));
        nobody.put("employeesWithWageSubsidy", EmploymentFixtures.counts(0, 0, 0));
        put(above, "2025-Q3", nobody);
        eligibility(above, false, "2025-Q3");
        // no report at all
        eligibility(below, false, null);
    }

    @Test
    void theOfferingSearchFiltersOnTheDerivedEligibility() {
        put(exactly, "2025-Q2", report(1_800, 1_200));
        put(below, "2025-Q2", report(1_799, 1_200));
        long eligible = offering(exactly, "Kontorsstädning");
        long notEligible = offering(below, "Fönsterputs");
        Api.anonymous().get("/api/v1/offerings?reservedContract=true").then().statusCode(200)
                .body("items.id", contains((int) eligible)).body("facets.cpvDivisions[0].count", equalTo(1));
        Api.anonymous().get("/api/v1/offerings?reservedContract=false").then().statusCode(200)
                .body("items.id", contains((int) notEligible));
        put(below, "2025-Q3", report(1_800, 1_200));
        Api.anonymous().get("/api/v1/offerings?reservedContract=true").then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) eligible, (int) notEligible));
        Api.invalid().get("/api/v1/offerings?reservedContract=yes").then().statusCode(400)
                .body("errors.field", contains("reservedContract"));
    }

    @Test
    void moreDisadvantagedThanEmployeesOfAGenderIs400AndChangesNothing() {
        put(exactly, "2025-Q2", report(1_800, 1_200));
        var before = TestDb.snapshot(ds);
        Map<String, Object> tooMany = report(1_800, 1_200);
        tooMany.put("disadvantagedEmployees", EmploymentFixtures.counts(6_001, 1_200, 1));
        Api.invalid().contentType(ContentType.JSON).body(tooMany)
                .put(EmploymentReportResourceTest.path(exactly, "2025-Q2")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("disadvantagedEmployees.women", "disadvantagedEmployees.other"))
                .body("errors[0].message", containsString("employees.women (6000)"));
        Map<String, Object> partly = report(1_800, 1_200);
        partly.put("disadvantagedEmployees", Map.of("women", 1));
        Api.invalid().contentType(ContentType.JSON).body(partly)
                .put(EmploymentReportResourceTest.path(exactly, "2025-Q2")).then().statusCode(400);
        assertEquals(before, TestDb.snapshot(ds));
    }

    /**
     * Old files (no disadvantaged columns) still import; new ones carry the figure, all three
     * columns or none, each at most the employees of its gender; the export writes them back.
     */
    @Test
    void theImportTakesTheOptionalColumnsAndTheExportWritesThem() {
        String orgNo = Fixtures.orgNumber(1);
        String oldHeader = EmploymentFixtures.HEADER;
        String oldRow = orgNo + ",2025-Q1,6,4,0,2,1,0,4,3,0,1,2,0,1,0,1,1,0,1000";
        Api.given().contentType("text/csv").body(oldHeader + "\r\n" + oldRow + "\r\n")
                .post("/api/v1/employment-reports/import").then().statusCode(200).body("created", equalTo(1));
        Api.given().get(EmploymentReportResourceTest.path(exactly, "2025-Q1")).then()
                .body("disadvantagedEmployees", nullValue());

        var before = TestDb.snapshot(ds);
        String header = String.join(",", Figures.COLUMNS);
        Api.invalid().contentType("text/csv").body(header + "\r\n" + oldRow.replace("2025-Q1", "2025-Q2") + ",2,,"
                + "\r\n" + oldRow.replace("2025-Q1", "2025-Q3") + ",7,1,0\r\n")
                .post("/api/v1/employment-reports/import").then().statusCode(422)
                .body("errors.row", contains(2, 2, 3))
                .body("errors.field", contains("disadvantagedMen", "disadvantagedOther", "disadvantagedWomen"));
        assertEquals(before, TestDb.snapshot(ds));

        // 6 + 4 employees, 2 + 1 disadvantaged: 30 %
        Api.given().contentType("text/csv").body(header + "\r\n" + oldRow + ",2,1,0\r\n")
                .post("/api/v1/employment-reports/import").then().statusCode(200).body("updated", equalTo(1));
        eligibility(exactly, true, "2025-Q1");
        Map<String, Object> json = new HashMap<>(EmploymentFixtures.row(Fixtures.orgNumber(2), "2025-Q1", 0));
        json.putAll(Map.of("disadvantagedWomen", 1, "disadvantagedMen", 0, "disadvantagedOther", 0));
        Api.given().contentType(ContentType.JSON).body(List.of(json)).post("/api/v1/employment-reports/import")
                .then().statusCode(200).body("created", equalTo(1));
        Api.given().get(EmploymentReportResourceTest.path(below, "2025-Q1")).then()
                .body("disadvantagedEmployees.total", equalTo(1));

        String export = Api.given().accept("text/csv").get("/api/v1/employment-reports").then().statusCode(200)
                .extract().asString();
        assertTrue(export.startsWith(header + "\r\n"), export);
        assertTrue(export.contains(oldRow + ",2,1,0\r\n"), export);
        // the annual report does not show the figure (see docs/reporting.md)
        Api.anonymous().get("/api/v1/reports/annual?year=2025").then().statusCode(200)
                .body(not(containsString("disadvantaged")));
    }

    private static void eligibility(long company, boolean eligible, String quarter) {
        Api.anonymous().get("/api/v1/companies/" + company).then().statusCode(200)
                .body("reservedContractEligible", equalTo(eligible))
                .body("reservedContractQuarter", equalTo(quarter));
    }

    private static long offering(long companyId, String title) {
        return Api.given().contentType(ContentType.JSON).body(Map.of("companyId", companyId, "titleSv", title,
                "descriptionSv", title + " med handledda medarbetare.", "cpvCode", "90910000-9",
                "contactEmail", "order@example.se")).post("/api/v1/offerings").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }
}
