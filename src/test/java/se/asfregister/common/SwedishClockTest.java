package se.asfregister.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * One clock, Swedish time: on a host whose clock runs in UTC, the new year begins at midnight
 * in Stockholm in every endpoint that knows "this year" or "this quarter" — period validation
 * of single writes and imports, progress, goal progress, the annual report, and dates that
 * must not lie in the future.
 */
@QuarkusTest
public class SwedishClockTest {

    /** 00:30 on 1 January 2031 in Stockholm (CET, UTC+1): still 31 December 2030 in UTC. */
    static final Instant NEW_YEAR_0030_CET = Instant.parse("2030-12-31T23:30:00Z");
    /** 23:59 on 31 December 2030 in Stockholm. */
    static final Instant NEW_YEARS_EVE_2359_CET = Instant.parse("2030-12-31T22:59:00Z");

    static final String HEADER = "organisationNumber,period,employeesWomen,employeesMen,employeesOther,"
            + "wageSubsidyWomen,wageSubsidyMen,wageSubsidyOther,workTrainingWomen,workTrainingMen,workTrainingOther,"
            + "rehabilitationWomen,rehabilitationMen,rehabilitationOther,internshipsWomen,internshipsMen,"
            + "internshipsOther,transitionsToWork,transitionsToEducation,revenueSek";

    @Inject
    DataSource ds;

    long falun;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
        falun = Fixtures.createCompany(1, "Gruvans Återbruk", "2080");
        Fixtures.createCompany(2, "Söderns Café", "0180");
    }

    /** The service's clock reads {@code instant} in UTC, as on a host set to UTC. */
    static void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ZoneOffset.UTC), Clock.class);
    }

    @Test
    void theNewYearBeginsAtMidnightInStockholmInEveryEndpoint() {
        at(NEW_YEAR_0030_CET);
        putReport("2031-Q1").then().statusCode(201);
        putReport("2031-Q2").then().statusCode(400).body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("(2031-Q1)"));
        importRow("2031-Q1").then().statusCode(200).body("created", equalTo(1)).body("dryRun", equalTo(true));

        Api.given().queryParam("county", "20").queryParam("year", 2031).get("/api/v1/progress").then()
                .statusCode(200).body("year", equalTo(2031));
        Api.given().queryParam("year", 2031).get("/api/v1/goals/1/progress").then().statusCode(200)
                .body("year", equalTo(2031));
        Api.given().queryParam("county", "20").queryParam("year", 2031).get("/api/v1/reports/annual").then()
                .statusCode(200).body("year", equalTo(2031));
        Api.given().accept("text/csv").queryParam("year", 2031).get("/api/v1/reports/annual").then()
                .statusCode(200).body(containsString(",2031,"));
        Api.invalid().queryParam("county", "20").queryParam("year", 2032).get("/api/v1/progress").then()
                .statusCode(400).body("errors[0].field", equalTo("year"))
                .body("errors[0].message", equalTo("must be between 2000 and 2031"));

        foundedOn("2031-01-01").then().statusCode(201);
        foundedOn("2031-01-02").then().statusCode(400).body("errors[0].field", equalTo("foundedOn"));
    }

    @Test
    void aMinuteBeforeMidnightInStockholmItIsStillTheOldYearEverywhere() {
        at(NEW_YEARS_EVE_2359_CET);
        putReport("2031-Q1").then().statusCode(400).body("errors[0].message", containsString("(2030-Q4)"));
        putReport("2030-Q4").then().statusCode(201);
        importRow("2031-Q1").then().statusCode(422).body("errors[0].field", equalTo("period"));

        Api.invalid().queryParam("county", "20").queryParam("year", 2031).get("/api/v1/progress").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        Api.invalid().queryParam("year", 2031).get("/api/v1/goals/1/progress").then().statusCode(400);
        Api.invalid().queryParam("year", 2031).get("/api/v1/reports/annual").then().statusCode(400);
        Api.given().queryParam("county", "20").queryParam("year", 2030).get("/api/v1/progress").then()
                .statusCode(200);

        foundedOn("2031-01-01").then().statusCode(400).body("errors[0].field", equalTo("foundedOn"));
        foundedOn("2030-12-31").then().statusCode(201);
    }

    private io.restassured.response.Response putReport(String period) {
        Map<String, Object> counts = Map.of("women", 1, "men", 1, "other", 0);
        Map<String, Object> none = Map.of("women", 0, "men", 0, "other", 0);
        return Api.invalid().contentType(ContentType.JSON)
                .body(Map.of("employees", counts, "employeesWithWageSubsidy", none, "workTraining", counts,
                        "rehabilitation", none, "internships", none, "transitionsToWork", 0,
                        "transitionsToEducation", 0, "revenueSek", 1000))
                .put("/api/v1/companies/" + falun + "/employment-reports/" + period);
    }

    private io.restassured.response.Response importRow(String period) {
        // a dry run checks the period as a real import does and writes nothing
        return Api.invalid().contentType("text/csv").queryParam("dryRun", true)
                .body(HEADER + "\r\n" + Fixtures.orgNumber(2) + "," + period + ",1,1,0,0,0,0,1,1,0,0,0,0,0,0,0,0,0,1000\r\n")
                .post("/api/v1/employment-reports/import");
    }

    private static int seed = 100;

    private static io.restassured.response.Response foundedOn(String date) {
        Map<String, Object> body = Fixtures.company(seed++, "Grundad " + date, "2080");
        body.put("foundedOn", date);
        return Api.invalid().contentType(ContentType.JSON).body(body).post("/api/v1/companies");
    }
}
