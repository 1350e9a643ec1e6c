package se.asfregister.offering;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * Freshness: who confirmed a company or an offering and when, the 12-month edge at which it
 * turns stale, the public search leaving stale offerings out, and confirming again.
 */
@QuarkusTest
public class StaleDirectoryTest {

    static final String BASE = OfferingResourceTest.BASE;
    static final String COMPANIES = "/api/v1/companies";
    static final String REPORTER = "fresh-reporter";
    static final String OTHER = "other-reporter";
    static final String PASSWORD = "Smedjebacken-Reporter-2026!";

    /** 2025-03-15 10:00 in Sweden (CET): the records are written then. */
    static final Instant WRITTEN = Instant.parse("2025-03-15T09:00:00Z");
    /** 12 months later in Sweden, 2026-03-15 10:00 CET: from this instant on they are stale. */
    static final Instant EDGE = Instant.parse("2026-03-15T09:00:00Z");
    static final Instant JUST_BEFORE = Instant.parse("2026-03-15T08:59:59.999999Z");

    @Inject
    DataSource ds;

    long company;
    long offering;

    @BeforeEach
    void load() {
        TestDb.clear(ds);
        at(WRITTEN);
        company = Fixtures.createCompany(31, "Smedjans Städ", "2061");
        long other = Fixtures.createCompany(32, "Annan Verkstad", "2061");
        offering = OfferingResourceTest.create(OfferingResourceTest.body(company, "Trappstädning", "90910000-9"));
        Fixtures.createUser(REPORTER, PASSWORD, List.of("REPORTER"), List.of(company));
        Fixtures.createUser(OTHER, PASSWORD, List.of("REPORTER"), List.of(other));
    }

    static void at(Instant instant) {
        QuarkusMock.installMockForType(Clock.fixed(instant, ZoneOffset.UTC), Clock.class);
    }

    @Test
    void aWriteConfirmsTheRecordAndOnlyItsWritersSeeWho() {
        Api.given().get(COMPANIES + "/" + company).then().statusCode(200)
                .body("verifiedAt", equalTo("2025-03-15T09:00:00Z")).body("verifiedBy", equalTo(Api.ADMIN))
                .body("stale", equalTo(false));
        Api.anonymous().get(COMPANIES + "/" + company).then().statusCode(200)
                .body("verifiedAt", equalTo("2025-03-15T09:00:00Z")).body("verifiedBy", nullValue());
        Api.as(REPORTER, PASSWORD).get(BASE + "/" + offering).then().statusCode(200)
                .body("verifiedBy", equalTo(Api.ADMIN));
        Api.anonymous().get(BASE + "/" + offering).then().statusCode(200)
                .body("verifiedAt", equalTo("2025-03-15T09:00:00Z")).body("verifiedBy", nullValue());
    }

    @Test
    void staleAtTwelveMonthsAndLeftOutOfThePublicSearch() {
        at(JUST_BEFORE);
        Api.anonymous().get(COMPANIES + "/" + company).then().body("stale", equalTo(false));
        Api.anonymous().get(BASE).then().statusCode(200).body("items.id", contains((int) offering))
                .body("items[0].stale", equalTo(false));

        at(EDGE);
        Api.anonymous().get(COMPANIES + "/" + company).then().body("stale", equalTo(true));
        Api.anonymous().get(BASE).then().statusCode(200).body("totalItems", equalTo(0));
        Api.anonymous().queryParam("includeStale", "true").get(BASE).then().statusCode(200)
                .body("items.id", contains((int) offering)).body("items[0].stale", equalTo(true));
        Api.anonymous().get(BASE + "/" + offering).then().body("stale", equalTo(true));
        // reading confirms nothing
        assertEquals(WRITTEN, verifiedAt("offering", offering));
        assertEquals(WRITTEN, verifiedAt("company", company));
    }

    @Test
    void theCompanysReporterConfirmsBothAgain() {
        at(EDGE);
        Api.as(REPORTER, PASSWORD).header("If-Match", "\"0\"").post(BASE + "/" + offering + "/verify").then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("verifiedAt", equalTo("2026-03-15T09:00:00Z"))
                .body("verifiedBy", equalTo(REPORTER))
                // still stale: its company is
                .body("stale", equalTo(true));
        Api.anonymous().get(BASE).then().body("totalItems", equalTo(0));

        Api.as(REPORTER, PASSWORD).post(COMPANIES + "/" + company + "/verify").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("verifiedBy", equalTo(REPORTER)).body("stale", equalTo(false));
        Api.anonymous().get(BASE).then().body("items.id", contains((int) offering)).body("items[0].stale", equalTo(false));
        assertEquals(EDGE, verifiedAt("offering", offering));
        assertEquals(EDGE, verifiedAt("company", company));
    }

    @Test
    void onlyARealChangeConfirms() {
        Instant later = Instant.parse("2025-09-01T08:00:00Z");
        at(later);
        var current = Api.given().get(BASE + "/" + offering).then().extract().jsonPath();
        var same = OfferingResourceTest.body(company, "Trappstädning", "90910000-9");
        Api.given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(same).put(BASE + "/" + offering)
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("verifiedAt", equalTo(current.getString("verifiedAt")));
        Api.given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"priceModel\":\"Fast pris per trapphus\"}").patch(BASE + "/" + offering).then()
                .statusCode(200).body("verifiedAt", equalTo("2025-09-01T08:00:00Z"));
        assertEquals(later, verifiedAt("offering", offering));
    }

    @Test
    void othersMayNotConfirmAndAStaleTagChangesNothing() throws Exception {
        at(EDGE);
        var before = TestDb.snapshot(ds);
        Api.as(OTHER, PASSWORD).post(BASE + "/" + offering + "/verify").then().statusCode(403);
        Api.as(OTHER, PASSWORD).post(COMPANIES + "/" + company + "/verify").then().statusCode(403);
        Api.anonymous().post(BASE + "/" + offering + "/verify").then().statusCode(401);
        Api.as(REPORTER, PASSWORD).header("If-Match", "\"7\"").post(BASE + "/" + offering + "/verify").then()
                .statusCode(412);
        Api.given().header("If-Match", "\"7\"").post(COMPANIES + "/" + company + "/verify").then().statusCode(412);
        Api.given().post(BASE + "/999999/verify").then().statusCode(404);
        assertEquals(before, TestDb.snapshot(ds));
    }

    private Instant verifiedAt(String table, long id) {
        try (var c = ds.getConnection(); var s = c.prepareStatement("SELECT verified_at FROM " + table + " WHERE id = ?")) {
            s.setLong(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
