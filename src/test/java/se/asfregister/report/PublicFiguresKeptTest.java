package se.asfregister.report;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * A year's public figures are kept between requests ({@link PublicFigures}) until a write changes
 * what they rest on: the next anonymous report shows the write. Gävleborg as in
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
