package se.asfregister.funding;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
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
 * The indicators COMPANIES_SEEKING_FUNDING and COMPANIES_USING_SOCIAL_MEDIA in goals, progress and
 * the annual report, exact for analysts and through the disclosure rule set for the public.
 */
@QuarkusTest
public class FundingGoalProgressTest {

    @Inject
    DataSource ds;

    long seekingGoal;
    long socialGoal;

    /**
     * Dalarna (20), companies A-F and one in Uppsala (03):
     * <pre>
     * company          status  applications           social media account      seeks 2025  uses 31 Dec 2025
     * A Borlänge       ACTIVE  2025-01-01              2020-01-01 -              yes         yes
     * B Falun          ACTIVE  2025-12-31              2019-05-01 - 2025-12-31   yes         yes (last day)
     * C Falun          ACTIVE  2025-06-01              2019-05-01 - 2025-12-30   yes         no
     * D Mora           ACTIVE  2025-03-01, 2025-09-01  2026-01-01 -              yes (once)  no
     * E Mora           ACTIVE  2024-12-31              2025-12-31 -              no (2024)   yes
     * F Ludvika        CLOSED  2025-04-01              2020-01-01 -              not active  not active
     * G Uppsala        ACTIVE  2025-04-01              2020-01-01 -              other county
     * </pre>
     * 2025: seeking A, B, C, D = 4; using social media A, B, E = 3. 2024: seeking E = 1; using A, B, C = 3.
     */
    @BeforeEach
    void fixture() {
        TestDb.clear(ds);
        long a = company(1, "A", "2081", "ACTIVE");
        long b = company(2, "B", "2080", "ACTIVE");
        long c = company(3, "C", "2080", "ACTIVE");
        long d = company(4, "D", "2062", "ACTIVE");
        long e = company(5, "E", "2062", "ACTIVE");
        long f = company(6, "F", "2085", "CLOSED");
        long g = company(7, "G", "0380", "ACTIVE");
        for (Object[] x : new Object[][] {{a, "2025-01-01"}, {b, "2025-12-31"}, {c, "2025-06-01"}, {d, "2025-03-01"},
                {d, "2025-09-01"}, {e, "2024-12-31"}, {f, "2025-04-01"}, {g, "2025-04-01"}}) {
            CompanyFundingResourceTest.create(Api.given(), CompanyFundingResourceTest.APPLICATIONS,
                    CompanyFundingResourceTest.application((Long) x[0], 10_000, (String) x[1]));
        }
        for (Object[] x : new Object[][] {{a, "2020-01-01", null}, {b, "2019-05-01", "2025-12-31"},
                {c, "2019-05-01", "2025-12-30"}, {d, "2026-01-01", null}, {e, "2025-12-31", null},
                {f, "2020-01-01", null}, {g, "2020-01-01", null}}) {
            CompanyFundingResourceTest.create(Api.given(), CompanyFundingResourceTest.ACCOUNTS,
                    CompanyFundingResourceTest.account((Long) x[0], (String) x[1], (String) x[2]));
        }
        seekingGoal = goal("COMPANIES_SEEKING_FUNDING", 4);
        socialGoal = goal("COMPANIES_USING_SOCIAL_MEDIA", 5);
    }

    /** Goals survive {@code TestDb.clear} (Dalarna's are seeded): these go, so other suites see only the seeded ones. */
    @AfterEach
    void removeGoals() {
        for (long goal : new long[] {seekingGoal, socialGoal}) {
            Api.given().header("If-Match", "\"0\"").delete("/api/v1/goals/" + goal).then().statusCode(204);
        }
    }

    private static long company(int seed, String name, String municipality, String status) {
        Map<String, Object> body = Fixtures.company(seed, name + " ek. för.", municipality);
        body.put("status", status);
        return Fixtures.createCompany(body);
    }

    private static long goal(String indicator, int atLeast) {
        Map<String, Object> body = new HashMap<>();
        body.put("countyCode", "20");
        body.put("indicator", indicator);
        body.put("targetYear", 2025);
        body.put("targetType", "AT_LEAST");
        body.put("targetValue", atLeast);
        return Api.given().contentType(ContentType.JSON).body(body).post("/api/v1/goals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void analystsSeeBothIndicatorsExactly() {
        var analyst = Api.as(Api.ANALYST, Api.ANALYST_PASSWORD);
        analyst.get("/api/v1/goals/" + seekingGoal + "/progress?year=2025").then().statusCode(200)
                .body("currentValue", equalTo(4)).body("status", equalTo("ACHIEVED"));
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).get("/api/v1/goals/" + socialGoal + "/progress?year=2025").then()
                .statusCode(200).body("currentValue", equalTo(3)).body("status", equalTo("BEHIND"));
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).get("/api/v1/goals/" + seekingGoal + "/progress?year=2024").then()
                .statusCode(200).body("currentValue", equalTo(1));
    }

    @Test
    void thePublicSeesCompaniesSeekingFundingOnlyWhenFourOrMore() {
        // 4 companies: each knows its own application and learns of 3 others, enough to show
        Api.anonymous().get("/api/v1/goals/" + seekingGoal + "/progress?year=2025").then().statusCode(200)
                .body("currentValue", equalTo(4)).body("suppressed", equalTo(List.of()));
        // 1 company in 2024: hidden, and the share achieved with it
        Api.anonymous().get("/api/v1/goals/" + seekingGoal + "/progress?year=2024").then().statusCode(200)
                .body("currentValue", nullValue()).body("achievedShare", nullValue())
                .body("cellStatus.currentValue", equalTo("few-companies"))
                .body("cellStatus.achievedShare", equalTo("secondary"))
                .body("suppressed", contains("currentValue", "achievedShare")).body("status", equalTo("BEHIND"));
        // social media accounts are public facts: 3 is shown
        Api.anonymous().get("/api/v1/goals/" + socialGoal + "/progress?year=2025").then().statusCode(200)
                .body("currentValue", equalTo(3)).body("suppressed", equalTo(List.of()));
    }

    @Test
    void theAnnualReportCarriesTheirProgress() {
        var report = Api.anonymous().get("/api/v1/reports/annual?county=20&year=2024").then().statusCode(200);
        report.body("progress.find { it.goalId == " + socialGoal + " }.currentValue", equalTo(3))
                .body("progress.find { it.goalId == " + seekingGoal + " }.currentValue", nullValue())
                .body("progress.find { it.goalId == " + seekingGoal + " }.suppressed", hasItem("currentValue"));
    }
}
