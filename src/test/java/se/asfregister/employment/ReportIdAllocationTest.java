package se.asfregister.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * Single report writes (Hibernate), bulk imports and another instance behind the same load
 * balancer all take report ids from one sequence: whatever the order, no two of them ever
 * hand out the same id, so an import never answers 409 when nobody else wrote its reports.
 */
@QuarkusTest
public class ReportIdAllocationTest {

    /** Per order (singles first, import first); each round writes 3 + 12 reports and 3 of another instance. */
    private static final int ROUNDS = 10;
    private static final int SINGLES = 3;
    private static final int IMPORTED = 12;
    private static final int OTHER_INSTANCE = 3;

    @Inject
    DataSource ds;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
    }

    @Test
    void singleWritesImportsAndAnotherInstanceNeverShareAnId() {
        List<String> periods = EmploymentFixtures.periods(SINGLES + IMPORTED + OTHER_INSTANCE);
        int expected = 0;
        for (int round = 0; round < 2 * ROUNDS; round++) {
            boolean singlesFirst = round % 2 == 0;
            long company = Fixtures.createCompany(700 + round, "Tilldelning " + round + " ek. för.", "2080");
            String orgNo = Fixtures.orgNumber(700 + round);
            if (singlesFirst) {
                putSingles(company, periods);
            }
            importRest(orgNo, periods, round);
            if (!singlesFirst) {
                putSingles(company, periods);
            }
            writeAsAnotherInstance(company, periods.subList(SINGLES + IMPORTED, periods.size()));
            // 3 single writes + 12 imported + 3 written by the other instance
            expected += SINGLES + IMPORTED + OTHER_INSTANCE;
            assertEquals(expected, TestDb.count(ds, "employment_report"), "round " + round);
        }
    }

    private static void putSingles(long company, List<String> periods) {
        for (int i = 0; i < SINGLES; i++) {
            Api.given().contentType("application/json").body(EmploymentFixtures.report(i))
                    .put(EmploymentReportResourceTest.path(company, periods.get(i)))
                    .then().statusCode(201);
        }
    }

    private static void importRest(String orgNo, List<String> periods, int round) {
        List<String> rows = new ArrayList<>();
        for (int i = SINGLES; i < SINGLES + IMPORTED; i++) {
            rows.add(EmploymentFixtures.csvRow(orgNo, periods.get(i), round + i));
        }
        EmploymentImportTest.importCsv(EmploymentImportTest.csv(rows)).then().statusCode(200)
                .body("created", org.hamcrest.Matchers.equalTo(IMPORTED));
    }

    /**
     * What Hibernate in a second instance does (pooled-lo, as Quarkus configures it): one
     * sequence value V is the block V .. V+49, handed out from its bottom. Writes the first
     * ids of such a block straight to the table, one report per period.
     */
    private void writeAsAnotherInstance(long company, List<String> periods) {
        try (Connection c = ds.getConnection()) {
            long value = nextSequenceValue(c);
            for (int i = 0; i < periods.size(); i++) {
                Fixtures.insertReport(c, "employment_report", value + i, company, periods.get(i), Figures.DB_COLUMNS);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long nextSequenceValue(Connection c) throws SQLException {
        String sql = TestDb.isPostgres(ds) ? "SELECT nextval('employment_report_seq')"
                : "SELECT NEXT VALUE FOR employment_report_seq";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
