package se.asfregister.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * Progress judged fairly over time, in Uppsala county (03, no seeded goals): a year before a
 * goal's baseline is not judged, and a growth goal on transitions to work compares the same
 * complete quarters of both years, so that a year in progress is no decline. Figures are read
 * as an administrator (exact, nothing suppressed).
 */
@QuarkusTest
public class ProgressOverTimeTest {

    static final String UPPSALA = "0380";

    @Inject
    DataSource ds;

    long company;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
        company = Fixtures.createCompany(1, "Upplands Återbruk", UPPSALA);
    }

    /** Goals are seed data that TestDb.clear keeps: remove the ones these tests add. */
    @AfterEach
    void removeGoals() {
        try (var c = ds.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("DELETE FROM goal WHERE county_code = '03'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void at(String instant) {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), Clock.class);
    }

    @Test
    void aYearBeforeTheBaselineIsNotJudged() {
        // employees (women + men): 2019-Q4 10, 2020-Q4 8
        report("2019-Q4", 6, 4, 0);
        report("2020-Q4", 5, 3, 0);
        long growth = goal("EMPLOYEES", 2020, 2024, "PERCENT_GROWTH", 10);
        long atLeast = goal("ACTIVE_COMPANIES", 2020, 2024, "AT_LEAST", 1);

        // 2019 compared with the baseline 2020 would read 10 against a target of 8.8: ACHIEVED
        progress(growth, 2019).body("status", equalTo("NO_DATA")).body("expectedValue", nullValue())
                .body("achievedShare", nullValue());
        progress(atLeast, 2019).body("status", equalTo("NO_DATA")).body("achievedShare", nullValue());
        Api.given().queryParam("county", "03").queryParam("year", 2019).get("/api/v1/progress").then()
                .statusCode(200).body("progress.status", equalTo(java.util.List.of("NO_DATA", "NO_DATA")));
        // from the baseline year on, the goals are judged
        progress(growth, 2020).body("status", equalTo("ON_TRACK"));
        progress(atLeast, 2020).body("status", equalTo("ACHIEVED"));
    }

    @Test
    void transitionsToWorkInAYearInProgressAreComparedWithTheSameQuartersOfTheBaseline() {
        at("2030-08-15T10:00:00Z"); // 2030-Q3 in Sweden, in progress
        // transitions to work: 2029-Q1..Q4 2, 2, 2, 2 (8); 2030-Q1 2, Q2 3, Q3 (in progress) 1
        for (int q = 1; q <= 4; q++) {
            report("2029-Q" + q, 1, 1, 2);
        }
        report("2030-Q1", 1, 1, 2);
        report("2030-Q2", 1, 1, 3);
        report("2030-Q3", 1, 1, 1);
        long goal = goal("TRANSITIONS_TO_WORK", 2029, 2031, "PERCENT_GROWTH", 10);

        // complete quarters reported in both years: Q1 and Q2. Baseline 2 + 2 = 4, current 2 + 3 = 5,
        // target 4 × 1.10 = 4.40: achieved. Whole years would read 6 against 8, a decline.
        progress(goal, 2030).body("baselineValue", equalTo(4)).body("currentValue", equalTo(5))
                .body("targetValue", equalTo(4.4f)).body("status", equalTo("ACHIEVED"))
                .body("coverage.comparedCompanies", equalTo(1));

        at("2031-01-10T10:00:00Z"); // 2030 is over
        report("2030-Q4", 1, 1, 3);
        // all four quarters: baseline 8, current 2 + 3 + 1 + 3 = 9, target 8.80: achieved
        progress(goal, 2030).body("baselineValue", equalTo(8)).body("currentValue", equalTo(9))
                .body("targetValue", equalTo(8.8f)).body("status", equalTo("ACHIEVED"));
        // the baseline year against itself: every quarter matches
        progress(goal, 2029).body("baselineValue", equalTo(8)).body("currentValue", equalTo(8));
    }

    private void report(String period, int employeesWomen, int employeesMen, int transitionsToWork) {
        Map<String, Object> none = Map.of("women", 0, "men", 0, "other", 0);
        Map<String, Object> body = new HashMap<>();
        body.put("employees", Map.of("women", employeesWomen, "men", employeesMen, "other", 0));
        body.put("employeesWithWageSubsidy", none);
        body.put("workTraining", none);
        body.put("rehabilitation", none);
        body.put("internships", none);
        body.put("transitionsToWork", transitionsToWork);
        body.put("transitionsToEducation", 0);
        body.put("revenueSek", 1000);
        Api.given().contentType(ContentType.JSON).body(body)
                .put("/api/v1/companies/" + company + "/employment-reports/" + period).then().statusCode(201);
    }

    private static long goal(String indicator, int baselineYear, int targetYear, String type, int value) {
        return Api.given().contentType(ContentType.JSON)
                .body(Map.of("countyCode", "03", "indicator", indicator, "baselineYear", baselineYear,
                        "targetYear", targetYear, "targetType", type, "targetValue", value))
                .post("/api/v1/goals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse progress(long goal, int year) {
        return Api.given().queryParam("year", year).get("/api/v1/goals/" + goal + "/progress").then()
                .statusCode(200);
    }
}
