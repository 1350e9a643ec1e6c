package se.asfregister.goal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;

@QuarkusTest
public class GoalResourceTest {

    @Inject
    DataSource ds;

    private static Map<String, Object> growthGoal() {
        Map<String, Object> g = new HashMap<>();
        g.put("countyCode", "21");
        g.put("indicator", "EMPLOYEES");
        g.put("baselineYear", 2019);
        g.put("targetYear", 2023);
        g.put("targetType", "PERCENT_GROWTH");
        g.put("targetValue", 10);
        g.put("description", "Fler anställda i Gävleborg");
        return g;
    }

    /** Creates one and checks that the answer names it in {@code Location}. */
    private long create(Map<String, Object> body) {
        var created = Api.given().contentType(ContentType.JSON).body(body).post("/api/v1/goals")
                .then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        assertEquals("/api/v1/goals/" + id, URI.create(created.header("Location")).getPath());
        return id;
    }

    @Test
    void dalarnasActionPlanGoalsAreSeeded() {
        Api.given().queryParam("county", "20").get("/api/v1/goals").then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.indicator", contains("EMPLOYEES", "EMPLOYEES", "PARTICIPANTS",
                        "NETWORK_MEETINGS_PER_YEAR", "CSR_COLLABORATIONS", "MUNICIPALITIES_WITH_POLICY"))
                .body("items.targetType", contains("PERCENT_GROWTH", "PERCENT_GROWTH", "PERCENT_GROWTH",
                        "AT_LEAST", "AT_LEAST", "AT_LEAST"))
                .body("items.targetValue", contains(5, 15, 15, 4, 4, 4))
                .body("items.baselineYear", contains(2017, 2017, 2017, null, null, null))
                .body("items.targetYear", contains(2018, 2020, 2020, 2020, 2020, 2020));
    }

    @Test
    void createReadUpdateDelete() {
        var before = TestDb.count(ds, "goal");
        long id = create(growthGoal());
        Api.given().get("/api/v1/goals/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("countyCode", equalTo("21")).body("targetValue", equalTo(10));

        Map<String, Object> changed = growthGoal();
        changed.put("targetValue", 12.5);
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .put("/api/v1/goals/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("targetValue", equalTo(12.5f));
        // the same value written as 12.50 is no change
        changed.put("targetValue", 12.50);
        Api.given().contentType(ContentType.JSON).body(changed).put("/api/v1/goals/" + id)
                .then().statusCode(200).body("version", equalTo(1));

        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"description\":null,\"targetYear\":2024}").patch("/api/v1/goals/" + id)
                .then().statusCode(200).body("targetYear", equalTo(2024)).body("description", equalTo(null));

        Api.given().header("If-Match", "\"1\"").delete("/api/v1/goals/" + id).then().statusCode(412);
        Api.given().header("If-Match", "\"2\"").delete("/api/v1/goals/" + id).then().statusCode(204);
        Api.given().get("/api/v1/goals/" + id).then().statusCode(404);
        assertEquals(before, TestDb.count(ds, "goal"));
    }

    @Test
    void invalidGoalsAre400AndChangeNothing() {
        var before = TestDb.snapshot(ds);
        Map<String, Object> noBaseline = growthGoal();
        noBaseline.remove("baselineYear");
        Api.invalid().contentType(ContentType.JSON).body(noBaseline).post("/api/v1/goals")
                .then().statusCode(400).body("errors.field", contains("baselineYear"));

        Map<String, Object> backwards = growthGoal();
        backwards.put("baselineYear", 2023);
        backwards.put("targetYear", 2020);
        Api.invalid().contentType(ContentType.JSON).body(backwards).post("/api/v1/goals")
                .then().statusCode(400).body("errors.field", contains("targetYear"));

        Map<String, Object> noCounty = growthGoal();
        noCounty.put("countyCode", "99");
        Api.invalid().contentType(ContentType.JSON).body(noCounty).post("/api/v1/goals")
                .then().statusCode(400).body("errors.field", contains("countyCode"));

        Map<String, Object> negative = growthGoal();
        negative.put("targetValue", -1);
        Api.invalid().contentType(ContentType.JSON).body(negative).post("/api/v1/goals")
                .then().statusCode(400).body("errors.field", contains("targetValue"));

        Map<String, Object> badIndicator = growthGoal();
        badIndicator.put("indicator", "HAPPINESS");
        Api.invalid().contentType(ContentType.JSON).body(badIndicator).post("/api/v1/goals")
                .then().statusCode(400).body("errors.field", contains("indicator"))
                .body("errors[0].message", containsString("EMPLOYEES"));

        Api.invalid().queryParam("indicator", "HAPPINESS").get("/api/v1/goals").then().statusCode(400)
                .body("errors.field", contains("indicator"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void csvListsTheGoals() {
        String csv = Api.given().accept("text/csv").queryParam("county", "20").get("/api/v1/goals")
                .then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(7, lines.length, csv);
        assertTrue(lines[0].startsWith("id,countyCode,indicator,baselineYear,targetYear,targetType,targetValue"));
        assertTrue(lines[2].startsWith("2,20,EMPLOYEES,2017,2020,PERCENT_GROWTH,15,"), lines[2]);
    }
}
