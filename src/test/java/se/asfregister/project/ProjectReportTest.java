package se.asfregister.project;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.asfregister.project.ProjectFixtures.BASE;
import static se.asfregister.project.ProjectFixtures.create;
import static se.asfregister.project.ProjectFixtures.createActivity;
import static se.asfregister.project.ProjectFixtures.dalarna;
import static se.asfregister.project.ProjectFixtures.meetingsGoal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;
import se.asfregister.web.Csv;

/** Goals and activities of a project, and its final report judged at the end date. */
@QuarkusTest
public class ProjectReportTest {

    @Inject
    DataSource ds;

    long project;
    long goal;
    long conference;

    @BeforeEach
    void fixture() {
        TestDb.clear(ds);
        project = create(dalarna());
        // county 20's network meetings: one in 2017, three in 2018 (all in Borlänge, all the project's);
        // the conference and the training after the end are no network meetings
        createActivity("NETWORK_MEETING", "Nätverksträff 1", "2017-05-01", project, 6, 4);
        createActivity("NETWORK_MEETING", "Nätverksträff 2", "2018-03-01", project, 5, 5);
        createActivity("NETWORK_MEETING", "Nätverksträff 3", "2018-06-01", project, 7, 2);
        createActivity("NETWORK_MEETING", "Nätverksträff 4", "2018-09-01", project, 4, 4);
        conference = createActivity("CONFERENCE", "ASF-konferens i Borlänge", "2018-09-13", project, 40, 30);
        createActivity("TRAINING", "Utbildning efter projektet", "2018-11-15", project, 3, 3);
        goal = Api.given().contentType(ContentType.JSON).body(meetingsGoal(project, "20")).post("/api/v1/goals")
                .then().statusCode(201).body("projectId", equalTo((int) project)).extract().jsonPath().getLong("id");
    }

    @AfterEach
    void clean() {
        TestDb.clear(ds);
    }

    @Test
    void theFinalReportJudgesTheGoalsAtTheProjectsEnd() {
        // judged at 2018-10-31, in 2018: 3 network meetings against at least 4 → share 3/4 = 0.75; 2018 is
        // the target year, so BEHIND. Activities held by 2018-10-31: the five before the training.
        Api.given().get(BASE + "/" + project + "/report").then().statusCode(200)
                .body("judgedAt", equalTo("2018-10-31")).body("year", equalTo(2018)).body("exact", equalTo(true))
                .body("budgetSek", equalTo(4_250_000))
                .body("fundingBySource.share", contains(0.4706f, 0.3529f, 0.1765f))
                .body("funding.amountSek", contains(2_000_000, 1_500_000, 500_000, 250_000))
                .body("activities.date", contains("2017-05-01", "2018-03-01", "2018-06-01", "2018-09-01",
                        "2018-09-13"))
                .body("activities[4].participants.total", equalTo(70))
                .body("goals.goalId", contains((int) goal)).body("goals[0].currentValue", equalTo(3))
                .body("goals[0].achievedShare", equalTo(0.75f)).body("goals[0].status", equalTo("BEHIND"));
    }

    @Test
    void aGivenDateJudgesThatYear() {
        // at 2017-06-30, in 2017: 1 meeting → 1/4 = 0.25, BEHIND (no baseline, so no expected value);
        // only the meeting of 2017-05-01 was held by then
        Api.given().queryParam("at", "2017-06-30").get(BASE + "/" + project + "/report").then().statusCode(200)
                .body("year", equalTo(2017)).body("activities.title", contains("Nätverksträff 1"))
                .body("goals[0].currentValue", equalTo(1)).body("goals[0].achievedShare", equalTo(0.25f))
                .body("goals[0].status", equalTo("BEHIND"));
        Api.invalid().queryParam("at", "2017-02-30").get(BASE + "/" + project + "/report").then().statusCode(400)
                .body("errors.field", contains("at"));
        Api.given().get(BASE + "/999999/report").then().statusCode(404);
    }

    @Test
    void thePublicSeesTheReportThroughTheDisclosureRules() {
        // one activity's participants rest on that one activity: hidden from the public, as in /activities
        Api.anonymous().get(BASE + "/" + project + "/report").then().statusCode(200).body("exact", equalTo(false))
                .body("activities[4].participants.total", nullValue())
                .body("activities[4].cellStatus", hasKey("participants.total"))
                .body("goals[0].currentValue", equalTo(3)).body("budgetSek", equalTo(4_250_000));
        String csv = Api.anonymous().accept("text/csv").get(BASE + "/" + project + "/report").then()
                .statusCode(200).extract().asString();
        List<String> rows = List.of(csv.split("\r\n"));
        assertEquals("section,id,name,date,value,share,progressStatus,status", rows.get(0));
        assertEquals(List.of("period,,plannedStart,2017-02-01,,,,", "period,,plannedEnd,2018-10-31,,,,",
                "period,,actualEnd,,,,,", "period,,judgedAt,2018-10-31,,,,",
                "funding,,TILLVAXTVERKET,,2000000,0.4706,,", "funding,,REGION_GROWTH_FUNDS,,1500000,0.3529,,",
                "funding,,MUNICIPALITY,,750000,0.1765,,", "budget,,total,,4250000,,,"), rows.subList(1, 9));
        assertEquals("activity," + conference + ",ASF-konferens i Borlänge,2018-09-13,..,,,value:few-companies",
                rows.get(13));
        assertEquals("goal," + goal + ",NETWORK_MEETINGS_PER_YEAR,,3,0.75,BEHIND,", rows.get(14));
        assertEquals(15, rows.size());
    }

    @Test
    void goalsAndActivitiesNameAnExistingProjectOfTheirCounty() {
        var before = TestDb.snapshot(ds);
        Api.invalid().contentType(ContentType.JSON).body(meetingsGoal(project, "21")).post("/api/v1/goals").then()
                .statusCode(400).body("errors.field", contains("countyCode"))
                .body("errors[0].message", containsString("county of project " + project));
        Api.invalid().contentType(ContentType.JSON).body(meetingsGoal(project + 1000, "20")).post("/api/v1/goals")
                .then().statusCode(400).body("errors.field", contains("projectId"));
        Api.invalid().contentType(ContentType.JSON)
                .body(java.util.Map.of("kind", "TRAINING", "title", "X", "date", "2018-01-01", "municipalityCode",
                        "2081", "projectId", project + 1000))
                .post("/api/v1/activities").then().statusCode(400).body("errors.field", contains("projectId"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void aProjectGoalIsNotACountyGoal() {
        Api.given().queryParam("county", "20").queryParam("year", 2018).get("/api/v1/progress").then()
                .statusCode(200).body("progress.goalId", not(org.hamcrest.Matchers.hasItem((int) goal)));
        Api.given().get("/api/v1/goals/" + goal + "/progress?year=2018").then().statusCode(200)
                .body("currentValue", equalTo(3));
    }

    /** The CSV exports keep what the JSON says: which project a goal or an activity belongs to. */
    @Test
    void theExportsNameTheProjectOfGoalsAndActivities() throws IOException {
        long unbound = createActivity("TRAINING", "Utbildning utan projekt", "2018-04-01", null, 2, 2);
        Map<String, String> activities = projectIds("/api/v1/activities?size=50");
        assertEquals(7, activities.size(), activities.toString());
        activities.forEach((id, projectId) -> assertEquals(id.equals(String.valueOf(unbound)) ? ""
                : String.valueOf(project), projectId, "activity " + id));

        Map<String, String> goals = projectIds("/api/v1/goals?county=20");
        assertEquals(String.valueOf(project), goals.get(String.valueOf(goal)));
        assertTrue(goals.size() > 1, "the seed's county goals are listed too: " + goals);
        goals.forEach((id, projectId) -> assertEquals(id.equals(String.valueOf(goal)) ? String.valueOf(project) : "",
                projectId, "goal " + id));
    }

    /** id → projectId of each row of a CSV export. */
    private static Map<String, String> projectIds(String url) throws IOException {
        String text = Api.given().accept(Csv.MEDIA_TYPE).get(url).then().statusCode(200).extract().asString();
        Map<String, String> ids = new LinkedHashMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(text))) {
            ids.put(r.get("id"), r.get("projectId"));
        }
        return ids;
    }

    @Test
    void aProjectWithGoalsOrActivitiesCannotBeDeleted() {
        Api.given().header("If-Match", "\"0\"").delete(BASE + "/" + project).then().statusCode(409)
                .body("detail", containsString("1 goal and 6 activities"));
        assertEquals(1, TestDb.count(ds, "project"));
        Api.given().header("If-Match", "\"0\"").delete("/api/v1/goals/" + goal).then().statusCode(204);
        Api.given().get("/api/v1/activities?size=50").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class)
                .forEach(a -> Api.given().header("If-Match", "\"0\"").delete("/api/v1/activities/" + a).then()
                        .statusCode(204));
        Api.given().header("If-Match", "\"0\"").delete(BASE + "/" + project).then().statusCode(204);
    }
}
