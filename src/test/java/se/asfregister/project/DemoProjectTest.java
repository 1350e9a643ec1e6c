package se.asfregister.project;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;

/** The demo project shows a project end to end: funding, a goal and an activity in its report. */
@QuarkusTest
public class DemoProjectTest {

    @Inject
    DataSource ds;

    @Inject
    DemoProject demo;

    @BeforeEach
    @AfterEach
    void clean() {
        TestDb.clear(ds);
    }

    @Test
    void theDemoProjectReportsEndToEnd() {
        long id = demo.load();
        // 600,000 + 400,000 = 1,000,000: shares 0.6 and 0.4; one meeting in 2025 against at least 4 → 0.25
        Api.given().get("/api/v1/projects/" + id + "/report").then().statusCode(200)
                .body("name", startsWith("Demo: ")).body("year", equalTo(2025)).body("budgetSek", equalTo(1_000_000))
                .body("fundingBySource.share", contains(0.6f, 0.4f))
                .body("activities.title", contains("Demo: nätverksträff om återbruk"))
                .body("goals[0].currentValue", equalTo(1)).body("goals[0].achievedShare", equalTo(0.25f))
                .body("goals[0].status", equalTo("BEHIND"));
    }
}
