package se.asfregister.esf;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.asfregister.esf.EsfFixtures.path;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.esf.EsfFixtures.Report;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

@QuarkusTest
public class ParticipantReportResourceTest {

    @Inject
    DataSource ds;

    long falun;
    long borlange;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        falun = Fixtures.createCompany(1, "Gruvans Återbruk", "2080");
        borlange = Fixtures.createCompany(2, "Hyttans Café", "2081");
    }

    /** Adds up: women 3 = 2 unemployed (1 long-term) + 1 inactive; men 1 employed; 2 leavers, 1 employed upon leaving. */
    static Report valid() {
        return Report.of().count("participants", 3, 1, 0).count("unemployed", 2, 0, 0)
                .count("longTermUnemployed", 1, 0, 0).count("inactive", 1, 0, 0).count("employed", 0, 1, 0)
                .count("leavers", 1, 1, 0).count("employedAtLeaving", 1, 0, 0);
    }

    @Test
    void putCreatesThenTheSameCountsChangeNothing() {
        Api.given().contentType(ContentType.JSON).body(valid().body()).put(path(falun, "2025-Q1")).then()
                .statusCode(201).header("Location", endsWith(path(falun, "2025-Q1"))).header("ETag", notNullValue())
                .body("counts.participants.women", equalTo(3)).body("counts.minorities.women", equalTo(0))
                .body("projectId", equalTo(null)).body("version", equalTo(0));
        // one stored row per indicator above 0: participants, unemployed, long-term, inactive, employed, leavers, employedAtLeaving
        assertEquals(7, TestDb.count(ds, "participant_count"));
        var before = TestDb.snapshot(ds);
        Api.given().contentType(ContentType.JSON).body(valid().body()).put(path(falun, "2025-Q1")).then()
                .statusCode(200).body("version", equalTo(0));
        assertEquals(before, TestDb.snapshot(ds));
        Api.given().get(path(falun, "2025-Q1")).then().statusCode(200).body("counts.employed.men", equalTo(1))
                .body("counts.leavers.nonBinary", equalTo(0)).body("period", equalTo("2025-Q1"));
    }

    @Test
    void sixMonthResultsAreAddedToTheQuarterLater() {
        valid().put(falun, "2025-Q1");
        long project = EsfFixtures.createProject("ESF-projekt", "20");
        Api.given().contentType(ContentType.JSON).body(valid().project(project).count("employedSixMonths", 1, 1, 0)
                .body()).put(path(falun, "2025-Q1")).then().statusCode(200).body("version", equalTo(1))
                .body("counts.employedSixMonths.men", equalTo(1)).body("projectId", equalTo((int) project));
    }

    /** Each rule broken alone (by women's or men's counts): a 400 naming it, and nothing stored. */
    @Test
    void everyAdditivityRuleIsA400NamingItAndChangesNothing() {
        valid().put(falun, "2025-Q1");
        var before = TestDb.snapshot(ds);
        Map<String, Report> broken = Map.of(
                "labour-status-partition", valid().count("inactive", 2, 0, 0),
                "long-term-within-unemployed", valid().count("longTermUnemployed", 3, 0, 0),
                "within-participants", valid().count("disabilities", 4, 0, 0),
                "age-groups-within-participants", valid().count("aged18To29", 2, 0, 0).count("aged55AndOver", 2, 0, 0),
                "education-levels-within-participants", valid().count("isced0To2", 2, 0, 0).count("isced3To4", 2, 0, 0),
                "within-leavers", valid().count("employedSixMonths", 0, 2, 0),
                "leaving-status-exclusive", valid().count("jobSearchingAtLeaving", 1, 0, 0));
        broken.forEach((rule, report) -> Api.invalid().contentType(ContentType.JSON).body(report.body())
                .put(path(falun, "2025-Q1")).then().statusCode(400)
                .body("errors", org.hamcrest.Matchers.hasSize(1))
                .body("errors[0].message", startsWith("rule " + rule + ": "))
                .body("errors[0].field", startsWith("counts.")));
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void everyFailedRuleIsListed() {
        ValidatableResponse r = Api.invalid().contentType(ContentType.JSON)
                .body(valid().count("longTermUnemployed", 3, 0, 0).count("employed", 0, 2, 0).body())
                .put(path(borlange, "2025-Q2")).then().statusCode(400)
                .contentType("application/problem+json");
        r.body("errors.field", equalTo(List.of("counts.longTermUnemployed.women", "counts.participants.men",
                "counts.employed.men")));
        assertEquals(0, TestDb.count(ds, "participant_report"));
    }

    /**
     * With Accept-Language: sv the same three failed rules in Swedish, each under its count; the
     * rule names and the indicator keys stay those of the API.
     */
    @Test
    void theRulesSpeakSwedishWhenAsked() {
        // women: 3 long-term unemployed of 2 unemployed; men: 1 participant, 0 + 0 + 2 in a labour status
        Api.invalid().header("Accept-Language", "sv").contentType(ContentType.JSON)
                .body(valid().count("longTermUnemployed", 3, 0, 0).count("employed", 0, 2, 0).body())
                .put(path(borlange, "2025-Q2")).then().statusCode(400)
                .header("Content-Language", "sv")
                .body("title", equalTo("Ogiltig begäran"))
                .body("detail", equalTo("3 fält är ogiltiga"))
                .body("errors.field", equalTo(List.of("counts.longTermUnemployed.women", "counts.participants.men",
                        "counts.employed.men")))
                .body("errors.message", equalTo(List.of(
                        "regel long-term-within-unemployed: longTermUnemployed (3) bland kvinnor får inte överstiga"
                                + " unemployed (2)",
                        "regel labour-status-partition: unemployed (0) + inactive (0) + employed (2) bland män måste"
                                + " vara lika med participants (1)",
                        "regel within-participants: employed (2) bland män får inte överstiga participants (1)")));
        Api.invalid().header("Accept-Language", "sv").contentType(ContentType.JSON).body(Map.of("counts",
                Map.of("refugees", Map.of("women", 1, "men", 0, "nonBinary", 0)))).put(path(falun, "2025-Q1")).then()
                .statusCode(400).body("errors[0].message", startsWith("okänd indikator; indikatorerna är participants, "));
        assertEquals(0, TestDb.count(ds, "participant_report"));
    }

    @Test
    void unknownIndicatorsProjectsAndQuartersAre400s() {
        Api.invalid().contentType(ContentType.JSON).body(Map.of("counts", Map.of("refugees",
                Map.of("women", 1, "men", 0, "nonBinary", 0)))).put(path(falun, "2025-Q1")).then().statusCode(400)
                .body("errors[0].field", equalTo("counts.refugees"));
        Api.invalid().contentType(ContentType.JSON).body(valid().project(999_999L).body()).put(path(falun, "2025-Q1"))
                .then().statusCode(400).body("errors[0].field", equalTo("projectId"));
        Api.invalid().contentType(ContentType.JSON).body(valid().body()).put(path(falun, "2099-Q1")).then()
                .statusCode(400).body("errors[0].field", equalTo("period"));
        Api.invalid().contentType(ContentType.JSON).body(Map.of("counts", Map.of("participants",
                Map.of("women", -1, "men", 0, "nonBinary", 0)))).put(path(falun, "2025-Q1")).then().statusCode(400);
        assertEquals(0, TestDb.count(ds, "participant_report"));
        Api.given().get(path(falun, "2025-Q1")).then().statusCode(404);
    }

    @Test
    void reportersWriteTheirOwnCompanysReportsOnlyAndThePublicNone() {
        Fixtures.createUser("esf-reporter", "Kopparberg-Gruva-2026!", List.of("REPORTER"), List.of(falun));
        Api.as("esf-reporter", "Kopparberg-Gruva-2026!").contentType(ContentType.JSON).body(valid().body())
                .put(path(falun, "2025-Q1")).then().statusCode(201);
        Api.as("esf-reporter", "Kopparberg-Gruva-2026!").contentType(ContentType.JSON).body(valid().body())
                .put(path(borlange, "2025-Q1")).then().statusCode(403);
        Api.anonymous().get(path(falun, "2025-Q1")).then().statusCode(401);
        Api.as(Api.ANALYST, Api.ANALYST_PASSWORD).get(path(falun, "2025-Q1")).then().statusCode(200);
        assertEquals(1, TestDb.count(ds, "participant_report"));
    }

    @Test
    void aStaleIfMatchIs412() {
        String etag = Api.given().contentType(ContentType.JSON).body(valid().body()).put(path(falun, "2025-Q1"))
                .then().statusCode(201).extract().header("ETag");
        valid().count("employedSixMonths", 1, 0, 0).put(falun, "2025-Q1");
        Api.given().contentType(ContentType.JSON).header("If-Match", etag).body(valid().body())
                .put(path(falun, "2025-Q1")).then().statusCode(412);
        Api.given().get(path(falun, "2025-Q1")).then().body("counts.employedSixMonths.women", equalTo(1));
    }

    @Test
    void aCompanyWithParticipantReportsIsNotDeleted() {
        valid().put(falun, "2025-Q1");
        Api.given().delete("/api/v1/companies/" + falun).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("1 participant report"));
        Api.given().get("/api/v1/audit-events?entityType=ParticipantReport").then().statusCode(200)
                .body("items.entityId", hasItem(falun + "/2025-Q1"));
    }
}
