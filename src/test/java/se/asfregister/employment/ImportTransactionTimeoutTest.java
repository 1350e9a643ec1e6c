package se.asfregister.employment;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * An import may run longer than the transaction manager's default timeout: the largest one
 * allowed takes about a minute on the embedded database, and the default (60 s) rolled it back
 * halfway, a 500. Here the default is 1 s, and the import waits 3 s for another writer's lock.
 */
@QuarkusTest
@TestProfile(ImportTransactionTimeoutTest.ShortDefaultTimeout.class)
public class ImportTransactionTimeoutTest {

    static final long HOLD_MS = 3_000;

    /** The default transaction timeout at 1 s; H2 waits 10 s for a lock instead of 2. */
    public static class ShortDefaultTimeout implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.transaction-manager.default-transaction-timeout", "1s",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:asf-import-timeout;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        }

        @Override
        public String getConfigProfile() {
            return "test";
        }
    }

    @Inject
    DataSource ds;

    long falun;
    String falunNo = Fixtures.orgNumber(1);

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        falun = Fixtures.createCompany(1, "Gruvans Återbruk", "2080");
    }

    @Test
    void anImportWaitingLongerThanTheDefaultTimeoutIsWrittenWhole() throws Exception {
        EmploymentImportTest.importCsv(EmploymentImportTest.csv(List.of(EmploymentFixtures.csvRow(falunNo, "2025-Q1", 0))))
                .then().statusCode(200).body("created", equalTo(1));
        importWhileLocked(ds, "UPDATE employment_report SET version = version WHERE company_id = ?", falun,
                () -> EmploymentImportTest.importCsv(EmploymentImportTest.csv(List.of(
                        EmploymentFixtures.csvRow(falunNo, "2025-Q1", 1),
                        EmploymentFixtures.csvRow(falunNo, "2025-Q2", 2)))))
                .then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(0));
        assertEquals(2, TestDb.number(ds, "SELECT COUNT(*) FROM employment_report WHERE company_id = ?", falun),
                "both rows written");
        assertEquals(((Number) EmploymentFixtures.row(falunNo, "2025-Q1", 1).get("employeesWomen")).doubleValue(),
                TestDb.number(ds, "SELECT employees_women FROM employment_report WHERE company_id = ? AND period = ?",
                        falun, "2025-Q1"), "the update is stored");
    }

    /**
     * Sends {@code importer}'s import while another transaction holds the rows {@code lockSql}
     * locks (one parameter: the company), for {@link #HOLD_MS}, and answers the import's response.
     */
    public static Response importWhileLocked(DataSource ds, String lockSql, long companyId, Supplier<Response> importer)
            throws Exception {
        long start;
        CompletableFuture<Response> imported;
        try (Connection other = ds.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(lockSql)) {
                lock.setLong(1, companyId);
                assertTrue(lock.executeUpdate() > 0, "a row to hold");
            }
            start = System.nanoTime();
            imported = CompletableFuture.supplyAsync(importer);
            Thread.sleep(HOLD_MS);
            other.commit();
        }
        Response response = imported.get(60, TimeUnit.SECONDS);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(tookMs >= HOLD_MS - 500, "the import waited for the lock (" + tookMs + " ms)");
        return response;
    }
}
