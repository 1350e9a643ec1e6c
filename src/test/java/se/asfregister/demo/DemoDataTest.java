package se.asfregister.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.asfregister.goal.ProgressStatus;
import se.asfregister.report.ReportQueries;
import se.asfregister.report.disclosure.CellStatus;
import se.asfregister.support.Api;

/**
 * With demo data on, an empty embedded database starts with the fictional demo register, and
 * the service's main job shows: the figures are generated (DemoReports), so this test does not
 * pin values but what a newcomer must see — every figure of the county non-zero, every progress
 * status, and cells the disclosure rules hide from the public.
 */
@QuarkusTest
@TestProfile(DemoDataTest.DemoOn.class)
public class DemoDataTest {

    public static class DemoOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("asf.demo-data.enabled", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:asf-demo;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void demoCompaniesAreLoadedAndClearlyFictional() {
        Api.given().get("/api/v1/companies").then().statusCode(200)
                .body("totalItems", equalTo(DemoData.companyCount()))
                .body("items.name", everyItem(startsWith("Demo: ")))
                .body("items.municipalityCode", everyItem(startsWith("20")));
    }

    @Test
    void everyFigureOfDalarnaIn2024IsNonZero() {
        JsonPath report = Api.as(Api.ANALYST, Api.ANALYST_PASSWORD)
                .get("/api/v1/reports/annual?county=20&year=2024").then().statusCode(200).extract().jsonPath();
        for (String figure : ReportQueries.FIGURE_NAMES) {
            long value = report.getLong("total." + figure);
            assertTrue(value > 0, figure + " is " + value);
        }
    }

    @Test
    void thePublicSeesTheCountyTotalsAndHiddenCells() {
        JsonPath report = Api.anonymous().get("/api/v1/reports/annual?county=20&year=2024").then().statusCode(200)
                .extract().jsonPath();
        assertFalse(report.getBoolean("exact"));
        assertTrue(report.getLong("total.employees.total") > 0, report.prettify());
        assertTrue(report.getLong("total.reportingCompanies") > 0);
        List<String> hidden = report.getList("rows.suppressed.flatten()");
        assertFalse(hidden.isEmpty(), "no hidden cell in " + report.prettify());
        List<String> reasons = report.getList("rows.cellStatus.collect { it.values() }.flatten()");
        assertTrue(reasons.contains(CellStatus.FEW_COMPANIES.code()), reasons.toString());
    }

    @Test
    void progressIn2020ShowsEveryStatusToEveryone() {
        Set<String> all = Arrays.stream(ProgressStatus.values()).map(Enum::name).collect(Collectors.toSet());
        for (var caller : List.of(Api.anonymous(), Api.as(Api.ANALYST, Api.ANALYST_PASSWORD))) {
            List<String> statuses = caller.get("/api/v1/progress?county=20&year=2020").then().statusCode(200)
                    .extract().jsonPath().getList("progress.status");
            assertEquals(all, new HashSet<>(statuses), statuses.toString());
        }
    }
}
