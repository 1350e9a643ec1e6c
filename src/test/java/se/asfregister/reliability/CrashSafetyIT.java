package se.asfregister.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.PackagedService;
import se.asfregister.support.PostgresResource;

/**
 * SIGKILL in the middle of a 100,000-row bulk import on PostgreSQL (the packaged service as
 * its own process): the kill lands while the import's transaction holds its write lock on
 * {@code employment_report}, after rows were sent. After a restart the table holds all of
 * the import or none of it, never a part, and the audit trail holds one event per stored
 * report of it, no more; the same file then imports completely.
 */
class CrashSafetyIT {

    private static final int COMPANIES = 1000;
    private static final int QUARTERS = 100; // 2000-Q1 .. 2024-Q4
    private static final int ROWS = COMPANIES * QUARTERS;

    @TempDir
    Path dir;

    @Test
    void killedImportLeavesAllOrNothing() throws Exception {
        String url = PostgresResource.freshDatabaseUrl();
        String csv;
        try (PackagedService service = PackagedService.postgres(url, dir, Map.of()).start()) {
            csv = insertCompaniesAndBuildCsv(url);
            CompletableFuture<HttpResponse<String>> upload = importAsync(service, csv);
            // wait (bounded) until the import's transaction holds its write lock, then pull the plug
            long deadline = System.nanoTime() + 120_000_000_000L;
            boolean writing = false;
            while (!writing && System.nanoTime() < deadline && !upload.isDone()) {
                writing = importIsWriting(url);
                if (!writing) {
                    Thread.sleep(10);
                }
            }
            assertTrue(writing, "the import never started writing: " + (upload.isDone() ? upload.join().body() : "")
                    + "\n" + service.log());
            service.kill();
            service.awaitExit(30);
        }
        long afterCrash = count(url, "SELECT COUNT(*) FROM employment_report");
        long auditAfterCrash = count(url, "SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT'");
        System.out.printf("CrashSafetyIT: after SIGKILL mid-import the table holds %d of %d rows%n", afterCrash, ROWS);
        assertTrue(afterCrash == 0 || afterCrash == ROWS, "partial import survived a crash: " + afterCrash + " rows");
        // one IMPORT event per written report, in the import's transaction
        assertEquals(afterCrash, auditAfterCrash, "audit trail matches what is stored");

        try (PackagedService restarted = PackagedService.postgres(url, dir, Map.of()).start()) {
            HttpResponse<String> again = importAsync(restarted, csv).get();
            assertEquals(200, again.statusCode(), again.body());
            assertEquals(ROWS, count(url, "SELECT COUNT(*) FROM employment_report"));
        }
    }

    /** Companies straight into the database (the import is under test, not company creation). */
    private static String insertCompaniesAndBuildCsv(String url) throws SQLException {
        StringBuilder csv = new StringBuilder(ROWS * 80);
        csv.append("organisationNumber,period,employeesWomen,employeesMen,employeesOther,wageSubsidyWomen,"
                + "wageSubsidyMen,wageSubsidyOther,workTrainingWomen,workTrainingMen,workTrainingOther,"
                + "rehabilitationWomen,rehabilitationMen,rehabilitationOther,internshipsWomen,internshipsMen,"
                + "internshipsOther,transitionsToWork,transitionsToEducation,revenueSek\r\n");
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            for (String org : Fixtures.insertCompanies(c, COMPANIES, 700_000)) {
                for (int q = 0; q < QUARTERS; q++) {
                    csv.append(org).append(',').append(2000 + q / 4).append("-Q").append(q % 4 + 1)
                            .append(",5,4,0,2,2,0,3,1,0,1,1,0,0,1,0,1,0,125000\r\n");
                }
            }
        }
        return csv.toString();
    }

    private static CompletableFuture<HttpResponse<String>> importAsync(PackagedService service, String csv) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/v1/employment-reports/import"))
                .timeout(Duration.ofMinutes(3))
                .header("Content-Type", "text/csv")
                .header("Authorization", Api.basicAuth("admin", PackagedService.ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().sendAsync(req, HttpResponse.BodyHandlers.ofString());
    }

    /** True while another session holds the row-write lock of an open transaction on employment_report. */
    private static boolean importIsWriting(String url) throws SQLException {
        return count(url, "SELECT COUNT(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                + "WHERE c.relname = 'employment_report' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()") > 0;
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
