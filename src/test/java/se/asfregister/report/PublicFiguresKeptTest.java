package se.asfregister.report;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.audit.WriteGeneration;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * A year's public figures, and a county's exact ones, are kept between requests ({@link KeptFigures})
 * until a write raises the write counter: the next report shows the write. Gävleborg as in
 * {@link PublicReportTest}: Gävle's five companies have 100 000 revenue each in 2018, 500 000,
 * shown (the two largest hold 40 %); no activities.
 */
@QuarkusTest
public class PublicFiguresKeptTest {

    /** The import's columns (docs/reporting.md). */
    private static final String IMPORT_HEADER = "organisationNumber,period,employeesWomen,employeesMen,"
            + "employeesOther,wageSubsidyWomen,wageSubsidyMen,wageSubsidyOther,workTrainingWomen,workTrainingMen,"
            + "workTrainingOther,rehabilitationWomen,rehabilitationMen,rehabilitationOther,internshipsWomen,"
            + "internshipsMen,internshipsOther,transitionsToWork,transitionsToEducation,revenueSek";

    @Inject
    DataSource ds;

    @BeforeEach
    void setUp() throws SQLException {
        TestDb.clear(ds);
        ReportFixtures.deleteExtraGoals(ds);
        PublicFixtures.insertGavleborg(ds);
    }

    @AfterEach
    void tearDown() {
        ReportFixtures.deleteExtraGoals(ds);
        TestDb.clear(ds);
    }

    private static Map<String, Object> gavle() {
        JsonPath r = Api.anonymous().queryParam("county", "21").queryParam("year", 2018)
                .get("/api/v1/reports/annual").then().statusCode(200).body("exact", equalTo(false))
                .extract().jsonPath();
        return r.getMap("rows[" + r.getList("rows.code").indexOf(PublicFixtures.GAVLE) + "]");
    }

    @Test
    void anImportedReportShowsInTheNextPublicReport() {
        assertEquals(500_000, ((Number) gavle().get("revenueSek")).intValue());
        gavle(); // kept: the same figures again
        // G1 (company 2000) 2018-Q4 again with 150 000 revenue: Gävle 550 000, the two largest
        // 250 000 = 45 %, still shown; an update by the import (JDBC, version + 1)
        String csv = IMPORT_HEADER + "\r\n" + Fixtures.orgNumber(2000) + ",2018-Q4,5,3,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,150000\r\n";
        Api.given().contentType("text/csv").body(csv).post("/api/v1/employment-reports/import").then()
                .statusCode(200).body("updated", equalTo(1));
        assertEquals(550_000, ((Number) gavle().get("revenueSek")).intValue());
    }

    /** Gävle's row of the administrator's (exact) report for 2018. */
    private static Map<String, Object> gavleExact() {
        JsonPath r = Api.given().queryParam("county", "21").queryParam("year", 2018)
                .get("/api/v1/reports/annual").then().statusCode(200).body("exact", equalTo(true))
                .extract().jsonPath();
        return r.getMap("rows[" + r.getList("rows.code").indexOf(PublicFixtures.GAVLE) + "]");
    }

    /** The exact current value of the growth goal (id 1000) in 2018. */
    private static int exactProgress() {
        return Api.given().queryParam("county", "21").queryParam("year", 2018).get("/api/v1/progress").then()
                .statusCode(200).body("exact", equalTo(true)).extract().jsonPath().getInt("progress[0].currentValue");
    }

    @SuppressWarnings("unchecked")
    private static int employees(Map<String, Object> row) {
        return ((Number) ((Map<String, Object>) row.get("employees")).get("total")).intValue();
    }

    /**
     * The county's own figures are kept for the administrator too, and an import shows in the next
     * request. Gävle's employees in 2018: 9 + 7 + 7 + 7 + 6 = 36; the county's 65 (PublicReportTest).
     * G1 (company 2000) 2018-Q4 again with 6 women instead of 5: Gävle 37, the county 66.
     */
    @Test
    void anImportShowsInTheNextExactReportAndProgress() {
        assertEquals(36, employees(gavleExact()));
        assertEquals(65, exactProgress());
        assertEquals(36, employees(gavleExact())); // kept: the same figures again
        String csv = IMPORT_HEADER + "\r\n" + Fixtures.orgNumber(2000) + ",2018-Q4,6,3,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,100000\r\n";
        Api.given().contentType("text/csv").body(csv).post("/api/v1/employment-reports/import").then()
                .statusCode(200).body("updated", equalTo(1));
        assertEquals(37, employees(gavleExact()));
        assertEquals(66, exactProgress());
    }

    /**
     * What the marker sees: a write that another instance commits raises the counter in the
     * database, in the same transaction. A row changed by hand without raising it is not seen
     * (docs/performance.md says so) until the counter moves. G1's 2018 report (id 20001) gets
     * 150 000 revenue: Gävle 550 000 for everyone.
     */
    @Test
    void aWriteThatRaisesTheCounterInTheDatabaseShowsInTheNextReports() throws SQLException {
        assertEquals(500_000, ((Number) gavle().get("revenueSek")).intValue());
        assertEquals(500_000, ((Number) gavleExact().get("revenueSek")).intValue());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE employment_report SET revenue_sek = 150000 WHERE id = 20001");
        }
        assertEquals(500_000, ((Number) gavle().get("revenueSek")).intValue());
        assertEquals(500_000, ((Number) gavleExact().get("revenueSek")).intValue());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(WriteGeneration.RAISE);
        }
        assertEquals(550_000, ((Number) gavle().get("revenueSek")).intValue());
        assertEquals(550_000, ((Number) gavleExact().get("revenueSek")).intValue());
    }

    @Test
    void aNewActivityShowsInTheNextPublicReport() {
        assertEquals(0, ((Number) gavle().get("activities")).intValue());
        Map<String, Object> activity = Map.of("kind", "TRAINING", "title", "Återbruk i praktiken",
                "date", "2018-03-12", "municipalityCode", PublicFixtures.GAVLE, "topics", List.of("CSR"),
                "companyIds", List.of(2000), "participants", Map.of("women", 4, "men", 3, "other", 0));
        Api.given().contentType(ContentType.JSON).body(activity).post("/api/v1/activities").then().statusCode(201);
        assertEquals(1, ((Number) gavle().get("activities")).intValue());
    }
}
