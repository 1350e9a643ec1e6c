package se.asfregister.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.PostgresProfile;
import se.asfregister.support.TestDb;

/**
 * Employment reports written at the same moment, on a real PostgreSQL: parallel upserts of
 * one report leave one row and answer no 5xx; two overlapping bulk imports each either apply
 * completely or not at all.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ConcurrentReportWritersPostgresTest {

    private static final int WRITERS = 8;

    @Inject
    DataSource ds;

    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        pool = Executors.newFixedThreadPool(WRITERS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void parallelUpsertsOfOneReportLeaveOneRow() throws Exception {
        long company = Fixtures.createCompany(610, "Samtidiga Rapporter ek. för.", "2080");
        for (int round = 0; round < 5; round++) {
            String period = (2020 + round) + "-Q2";
            List<Integer> statuses = allResponses(WRITERS, n -> Api.raw().contentType(ContentType.JSON)
                    .body(EmploymentFixtures.report(n))
                    .put("/api/v1/companies/" + company + "/employment-reports/" + period).statusCode());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 201), "round " + round + ": " + statuses);
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "one creation: " + statuses);
            assertEquals(1, count("SELECT COUNT(*) FROM employment_report WHERE company_id = ? AND period = ?",
                    company, period));
        }
    }

    @Test
    void overlappingImportsApplyWhollyOrNotAtAll() throws Exception {
        List<String> periods = EmploymentFixtures.periods(8);
        for (int round = 0; round < 3; round++) {
            TestDb.clear(ds);
            List<String> companies = EmploymentFixtures.insertCompanies(ds, 60, 20_000);
            // A covers companies 0-39, B covers 20-59: 20 companies × 8 periods are in both
            List<String> a = companies.subList(0, 40);
            List<String> b = companies.subList(20, 60);
            String fileA = file(a, periods, 111_000 + round);
            String fileB = file(b, periods, 222_000 + round);
            List<Response> answers = allResponses(2, n -> Api.raw().contentType("text/csv").body(n == 0 ? fileA : fileB)
                    .post("/api/v1/employment-reports/import"));
            int statusA = answers.get(0).statusCode();
            int statusB = answers.get(1).statusCode();
            assertTrue(Set.of(200, 409).contains(statusA) && Set.of(200, 409).contains(statusB),
                    "round " + round + ": " + statusA + " " + answers.get(0).asString() + " / " + statusB + " "
                            + answers.get(1).asString());
            assertTrue(statusA == 200 || statusB == 200, "at least one import applies");
            // the rows only one import had: all there with its figures, or none of them
            assertEquals(statusA == 200 ? 20 * 8 : 0, revenueRows(companies.subList(0, 20), 111_000 + round));
            assertEquals(statusB == 200 ? 20 * 8 : 0, revenueRows(companies.subList(40, 60), 222_000 + round));
            // the shared rows: all from the same import, never a mix
            long sharedFromA = revenueRows(companies.subList(20, 40), 111_000 + round);
            long sharedFromB = revenueRows(companies.subList(20, 40), 222_000 + round);
            assertTrue((sharedFromA == 160 && sharedFromB == 0) || (sharedFromA == 0 && sharedFromB == 160),
                    "shared rows mixed: " + sharedFromA + " from A, " + sharedFromB + " from B");
            assertEquals(statusA == 200 && statusB == 200 ? 480 : 320, TestDb.count(ds, "employment_report"));
        }
    }

    private static String file(List<String> companies, List<String> periods, long revenue) {
        StringBuilder csv = new StringBuilder(EmploymentFixtures.HEADER).append("\r\n");
        for (String c : companies) {
            for (String p : periods) {
                String row = EmploymentFixtures.csvRow(c, p, 0);
                csv.append(row, 0, row.lastIndexOf(',') + 1).append(revenue).append("\r\n");
            }
        }
        return csv.toString();
    }

    private long revenueRows(List<String> organisationNumbers, long revenue) {
        long n = 0;
        for (String org : organisationNumbers) {
            n += count("SELECT COUNT(*) FROM employment_report r JOIN company c ON c.id = r.company_id "
                    + "WHERE c.organisation_number = ? AND r.revenue_sek = ?", org, revenue);
        }
        return n;
    }

    private long count(String sql, Object... params) {
        return (long) TestDb.number(ds, sql, params);
    }

    interface Call<T> {
        T call(int n) throws Exception;
    }

    /** Runs {@code n} calls released at the same instant; their results in order. */
    private <T> List<T> allResponses(int n, Call<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            futures.add(pool.submit(() -> {
                start.await();
                return call.call(k);
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
