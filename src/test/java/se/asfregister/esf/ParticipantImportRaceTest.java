package se.asfregister.esf;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.asfregister.esf.ParticipantImportTest.csv;
import static se.asfregister.esf.ParticipantImportTest.row;
import static se.asfregister.support.TwoCompanies.BORLANGE_NO;
import static se.asfregister.support.TwoCompanies.FALUN_NO;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;
import se.asfregister.support.TwoCompanies;

/**
 * An import that loses a race with another writer of the same report is a 409 that names the
 * import, never a 500 (nor a 412: an import sends no If-Match). The other writer is a transaction
 * of the test's own, held open across the import's read and committed only once the import waits
 * for its lock (PostgreSQL) or has given up waiting (H2's lock timeout), so the import has read the
 * old state and must write over a row it did not see: the outcome does not depend on timing.
 */
@QuarkusTest
public class ParticipantImportRaceTest {

    private static final String IMPORT = ParticipantImportTest.IMPORT;
    /** Far above the ids Hibernate's sequence hands out in a test run. */
    private static final long FOREIGN_ID = 9_000_001L;

    @Inject
    DataSource ds;

    TwoCompanies companies;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        companies = TwoCompanies.create();
    }

    /** The same company and quarter created by someone else between the import's read and its insert. */
    @Test
    void aReportCreatedMeanwhileMakesTheImport409() throws Exception {
        try (Connection other = ds.getConnection()) {
            other.setAutoCommit(false);
            insertReport(other, companies.falun(), "2025-Q1");
            Response answer = importWhileHeld(other, csv(row(FALUN_NO, "2025-Q1", 1), row(BORLANGE_NO, "2025-Q1", 1)));
            assertConflict(answer);
        }
        // the other writer's report stands, without counts; the import's other row was rolled back
        assertEquals(1, TestDb.count(ds, "participant_report"));
        assertEquals(FOREIGN_ID, (long) TestDb.number(ds, "SELECT id FROM participant_report"));
        assertEquals(0, TestDb.count(ds, "participant_count"));
    }

    /** A stored report changed by someone else (a PUT) between the import's read and its update. */
    @Test
    void aReportChangedMeanwhileMakesTheImport409() throws Exception {
        Api.given().contentType("text/csv").body(csv(row(FALUN_NO, "2025-Q1", 1))).post(IMPORT).then()
                .statusCode(200).body("created", equalTo(1));
        var before = TestDb.snapshot(ds);
        try (Connection other = ds.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement ps = other.prepareStatement(
                    "UPDATE participant_report SET version = version + 1 WHERE company_id = ? AND period = ?")) {
                ps.setLong(1, companies.falun());
                ps.setString(2, "2025-Q1");
                assertEquals(1, ps.executeUpdate());
            }
            Response answer = importWhileHeld(other, csv(row(FALUN_NO, "2025-Q1", 0), row(BORLANGE_NO, "2025-Q1", 1)));
            assertConflict(answer);
        }
        // only the other writer's version bump happened: the counts are the first import's, Borlänge has none
        assertEquals(1L, (long) TestDb.number(ds, "SELECT version FROM participant_report"));
        assertEquals(before.get("participant_count"), TestDb.snapshot(ds).get("participant_count"));
        assertEquals(1, TestDb.count(ds, "participant_report"));
    }

    /**
     * A PUT that meets a report created meanwhile runs again over it (200) where the database lets
     * it wait (PostgreSQL); where it gives up waiting (H2's lock timeout) the PUT is a 409, not a 500.
     */
    @Test
    void aPutMeetingAReportCreatedMeanwhileIsNever500() throws Exception {
        Map<String, Object> body = EsfFixtures.Report.of().count("participants", 2, 0, 0)
                .count("inactive", 2, 0, 0).body();
        Response answer;
        try (Connection other = ds.getConnection()) {
            other.setAutoCommit(false);
            insertReport(other, companies.falun(), "2025-Q2");
            answer = sendWhileHeld(other, () -> Api.given().contentType(ContentType.JSON).body(body)
                    .put(EsfFixtures.path(companies.falun(), "2025-Q2")));
        }
        if (TestDb.isPostgres(ds)) {
            assertEquals(200, answer.statusCode(), answer.asString());
            // the other writer's row, now with the PUT's counts
            assertEquals(FOREIGN_ID, (long) TestDb.number(ds, "SELECT id FROM participant_report"));
            assertEquals(2, answer.jsonPath().getInt("counts.inactive.women"));
            assertEquals(2, TestDb.count(ds, "participant_count"));
        } else {
            assertEquals(409, answer.statusCode(), answer.asString());
            assertEquals("The change collided with another change made at the same time; send it again",
                    answer.jsonPath().getString("detail"));
            assertEquals(0, TestDb.count(ds, "participant_count"));
        }
        assertEquals(1, TestDb.count(ds, "participant_report"));
    }

    private void assertConflict(Response answer) {
        assertEquals(409, answer.statusCode(), answer.asString());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals("Reports in this import were written by someone else at the same time; send the import again",
                answer.jsonPath().getString("detail"));
    }

    /**
     * Sends {@code request} while {@code other} holds its uncommitted write, so the request has
     * read without seeing it. PostgreSQL waits for a lock as long as it takes: once the request
     * waits, {@code other} commits and the request meets the committed row. H2 gives up after its
     * lock timeout: {@code other} commits after the answer.
     */
    private Response sendWhileHeld(Connection other, Supplier<Response> request) throws Exception {
        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(request);
        if (TestDb.isPostgres(ds)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!answer.isDone() && TestDb.number(ds, "SELECT COUNT(*) FROM pg_stat_activity "
                    + "WHERE wait_event_type = 'Lock' AND datname = current_database()") == 0) {
                assertTrue(System.nanoTime() < deadline, "the request neither waited for the lock nor answered");
                try {
                    answer.get(5, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    // poll again
                }
            }
            other.commit();
            return answer.get(30, TimeUnit.SECONDS);
        }
        Response r = answer.get(30, TimeUnit.SECONDS);
        other.commit();
        return r;
    }

    private Response importWhileHeld(Connection other, String body) throws Exception {
        return sendWhileHeld(other, () -> Api.given().contentType("text/csv").body(body).post(IMPORT));
    }

    private static void insertReport(Connection con, long companyId, String period) throws SQLException {
        Fixtures.insertReport(con, "participant_report", FOREIGN_ID, companyId, period, List.of());
    }
}
