package se.asfregister.company;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.common.SwedishClock;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/** A company's training places: who writes them, what is refused, and when they go stale. */
@QuarkusTest
public class TrainingPlacesTest {

    private static final String REPORTER = "places-reporter";
    private static final String REPORTER_PASSWORD = "Smedjebacken-Places-2026!";

    @Inject
    DataSource ds;

    @Inject
    SwedishClock clock;

    long borlange;
    long falun;
    long mora;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
        borlange = Fixtures.createCompany(1, "Städ & Service i Borlänge", "2081");
        falun = Fixtures.createCompany(2, "Falu Café", "2080");
        mora = Fixtures.createCompany(3, "Mora Snickeri", "2062");
    }

    static String path(long companyId) {
        return "/api/v1/companies/" + companyId + "/training-places";
    }

    static Map<String, Object> places(int workTrainingFree, int rehabilitationFree, int internshipsFree) {
        return Map.of("workTraining", Map.of("total", 6, "available", workTrainingFree),
                "rehabilitation", Map.of("total", 2, "available", rehabilitationFree),
                "internships", Map.of("total", 3, "available", internshipsFree),
                "targetGroups", List.of("långtidsarbetslösa", " unga 16-24 år "));
    }

    @Test
    void aReporterStatesItsOwnPlacesAndAnyoneReadsThem() {
        Fixtures.createUser(REPORTER, REPORTER_PASSWORD, List.of("REPORTER"), List.of(borlange));
        var created = Api.as(REPORTER, REPORTER_PASSWORD).contentType(ContentType.JSON).body(places(2, 0, 1))
                .put(path(borlange)).then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("workTraining.available", equalTo(2)).body("stale", equalTo(false))
                .body("targetGroups", contains("långtidsarbetslösa", "unga 16-24 år")).extract();
        assertTrue(created.header("Location").endsWith(path(borlange)));
        Api.anonymous().get(path(borlange)).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("companyId", equalTo((int) borlange)).body("internships.total", equalTo(3))
                .body("updatedAt", equalTo(created.jsonPath().getString("updatedAt")));

        var before = TestDb.snapshot(ds);
        Api.as(REPORTER, REPORTER_PASSWORD).contentType(ContentType.JSON).body(places(1, 0, 0)).put(path(falun))
                .then().statusCode(403);
        Api.anonymous().contentType(ContentType.JSON).body(places(1, 0, 0)).put(path(borlange)).then()
                .statusCode(401);
        Api.anonymous().get(path(falun)).then().statusCode(404);
        Api.anonymous().get(path(999_999)).then().statusCode(404).body("detail", containsString("Company"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void writingTheSameFiguresAgainConfirmsThem() throws SQLException {
        Api.given().contentType(ContentType.JSON).body(places(2, 0, 1)).put(path(borlange)).then().statusCode(201);
        setWritten(borlange, clock.today().minusDays(40), LocalTime.NOON);
        Api.given().get(path(borlange)).then().body("stale", equalTo(true));
        String old = Api.given().get(path(borlange)).jsonPath().getString("updatedAt");

        String confirmed = Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(places(2, 0, 1))
                .put(path(borlange)).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("stale", equalTo(false)).extract().jsonPath().getString("updatedAt");
        assertNotEquals(old, confirmed);
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(places(1, 0, 1))
                .put(path(borlange)).then().statusCode(412);
        Api.given().get(path(borlange)).then().body("workTraining.available", equalTo(2));
    }

    /** The contract: a sent If-Match must match the current ETag, and before the first write there is none. */
    @Test
    void statingPlacesForTheFirstTimeWithIfMatchIs412AndStoresNothing() {
        var before = TestDb.snapshot(ds);
        for (String tag : List.of("\"0\"", "*")) {
            Api.given().contentType(ContentType.JSON).header("If-Match", tag).body(places(2, 0, 1)).put(path(borlange))
                    .then().statusCode(412).contentType("application/problem+json");
        }
        assertEquals(before, TestDb.snapshot(ds));
        Api.given().get(path(borlange)).then().statusCode(404);
    }

    @Test
    void badPlacesAre400AndChangeNothing() {
        Api.given().contentType(ContentType.JSON).body(places(2, 0, 1)).put(path(borlange)).then().statusCode(201);
        var before = TestDb.snapshot(ds);
        // more free places than places, in two kinds: both named
        Api.invalid().contentType(ContentType.JSON).body(places(7, 3, 1)).put(path(borlange)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("workTraining.available", "rehabilitation.available"))
                .body("errors[0].message", containsString("workTraining.total (6)"));
        Api.invalid().contentType(ContentType.JSON)
                .body(Map.of("workTraining", Map.of("total", -1, "available", 0))).put(path(borlange)).then()
                .statusCode(400);
        Api.invalid().get("/api/v1/companies?availablePlaces=SOMETHING").then().statusCode(400)
                .body("errors.field", contains("availablePlaces"));
        Api.invalid().get("/api/v1/offerings?availablePlaces=work").then().statusCode(400)
                .body("errors.field", contains("availablePlaces"));
        assertEquals(before, TestDb.snapshot(ds));
    }

    /**
     * The 30-day edge, on the Swedish calendar. Written 29 days ago at 00:00 (the earliest fresh
     * moment): fresh, available. Written 30 days ago at 23:59: stale. 31 days ago: stale. Only
     * Borlänge therefore has a free work-training place; Falun's places are all taken, so it is
     * not listed either, however fresh.
     */
    @Test
    void placesWrittenThirtyDaysAgoAreStaleAndNotAvailable() throws SQLException {
        long falunCafe = offering(falun, "Kafé och catering", "55520000-1");
        long borlangeCleaning = offering(borlange, "Kontorsstädning", "90910000-9");
        offering(mora, "Snickeri", "45421000-4");
        Api.given().contentType(ContentType.JSON).body(places(2, 0, 1)).put(path(borlange)).then().statusCode(201);
        Api.given().contentType(ContentType.JSON).body(places(0, 1, 0)).put(path(falun)).then().statusCode(201);
        Api.given().contentType(ContentType.JSON).body(places(3, 0, 0)).put(path(mora)).then().statusCode(201);
        LocalDate today = clock.today();
        setWritten(borlange, today.minusDays(29), LocalTime.MIDNIGHT);
        setWritten(falun, today.minusDays(30), LocalTime.of(23, 59));
        setWritten(mora, today.minusDays(31), LocalTime.NOON);

        Api.anonymous().get(path(borlange)).then().body("stale", equalTo(false));
        Api.anonymous().get(path(falun)).then().body("stale", equalTo(true));
        Api.anonymous().get(path(mora)).then().body("stale", equalTo(true));

        Api.anonymous().get("/api/v1/companies?availablePlaces=WORK_TRAINING").then().statusCode(200)
                .body("items.id", contains((int) borlange));
        // Falun's one free rehabilitation place is stale: nobody has one
        Api.anonymous().get("/api/v1/companies?availablePlaces=REHABILITATION").then().statusCode(200)
                .body("totalItems", equalTo(0));
        Api.anonymous().get("/api/v1/offerings?availablePlaces=WORK_TRAINING").then().statusCode(200)
                .body("items.id", contains((int) borlangeCleaning));
        Api.anonymous().get("/api/v1/offerings?availablePlaces=INTERNSHIPS&q=städning").then().statusCode(200)
                .body("items.id", contains((int) borlangeCleaning));
        // Falun confirms its figures: its rehabilitation place counts again
        Api.given().contentType(ContentType.JSON).body(places(0, 1, 0)).put(path(falun)).then().statusCode(200);
        Api.anonymous().get("/api/v1/offerings?availablePlaces=REHABILITATION").then().statusCode(200)
                .body("items.id", contains((int) falunCafe));
        Api.anonymous().accept("text/csv").get("/api/v1/offerings?availablePlaces=REHABILITATION").then()
                .statusCode(200).body(containsString("Kafé och catering"));
    }

    @Test
    void theCompanysPlacesGoWithIt() {
        Api.given().contentType(ContentType.JSON).body(places(2, 0, 1)).put(path(mora)).then().statusCode(201);
        Api.given().header("If-Match", "\"0\"").delete("/api/v1/companies/" + mora).then().statusCode(204);
        assertEquals(0, TestDb.count(ds, "training_places"));
        assertEquals(0, TestDb.count(ds, "training_places_target_group"));
    }

    private long offering(long companyId, String title, String cpv) {
        return Api.given().contentType(ContentType.JSON).body(Map.of("companyId", companyId, "titleSv", title,
                "descriptionSv", title + " med handledda medarbetare.", "cpvCode", cpv,
                "contactEmail", "order@example.se")).post("/api/v1/offerings").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    /** Moves the last write of a company's places to {@code time} on {@code day} in Sweden. */
    private void setWritten(long companyId, LocalDate day, LocalTime time) throws SQLException {
        setWritten(ds, companyId, day, time);
    }

    /** The same, for other suites that need stale places. */
    public static void setWritten(DataSource ds, long companyId, LocalDate day, LocalTime time) throws SQLException {
        OffsetDateTime at = day.atTime(time).atZone(SwedishClock.SWEDEN).toOffsetDateTime();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE training_places SET updated_at = ? WHERE company_id = ?")) {
            ps.setObject(1, at);
            ps.setLong(2, companyId);
            assertEquals(1, ps.executeUpdate());
        }
    }
}
