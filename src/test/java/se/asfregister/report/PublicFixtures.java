package se.asfregister.report;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Gävleborg's register for the public reports (figures worked out in {@link PublicReportTest}):
 * five companies in Gävle, four in Sandviken, one in Söderhamn, each reporting 2017-Q4 and
 * 2018-Q4, and a growth goal on employees (id 1000).
 */
final class PublicFixtures {

    static final String GAVLE = "2180";
    static final String SANDVIKEN = "2181";
    static final String SODERHAMN = "2182";

    private PublicFixtures() {
    }

    static void insertGavleborg(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            long id = 2000;
            int[][] gavle = {{5, 3, 1}, {4, 3, 0}, {4, 3, 0}, {4, 3, 0}, {3, 3, 0}};
            for (int i = 0; i < gavle.length; i++) {
                int[] in2017 = i == 0 ? new int[] {3, 3, 1} : gavle[i];
                company(c, id++, GAVLE, gavle[i], in2017, 100_000);
            }
            int[][] sandviken = {{3, 1, 0}, {3, 3, 0}, {3, 3, 0}, {3, 3, 0}};
            for (int i = 0; i < sandviken.length; i++) {
                company(c, id++, SANDVIKEN, sandviken[i], sandviken[i], i == 0 ? 9_000_000 : 100_000);
            }
            company(c, id, SODERHAMN, new int[] {3, 4, 0}, new int[] {3, 4, 0}, 200_000);
        }
        // employees +5 % from 2017 to 2020, like with like: every company reported in both years
        ReportFixtures.goal(ds, 1000, "21", "EMPLOYEES", 2017, 2020, "PERCENT_GROWTH", 5);
    }

    private static void company(Connection c, long id, String municipality, int[] employees2018,
            int[] employees2017, int revenue) throws SQLException {
        ReportFixtures.company(c, id, municipality, "ACTIVE", true, null);
        report(c, id * 10, id, 2017, employees2017, revenue);
        report(c, id * 10 + 1, id, 2018, employees2018, revenue);
    }

    /** A fourth-quarter report with these employees (women, men, other) and revenue, and nothing else. */
    static void report(Connection c, long reportId, long company, int year, int[] employees, int revenue)
            throws SQLException {
        ReportFixtures.report(c, reportId, company, year, 4,
                ReportFixtures.figures().employees(employees[0], employees[1], employees[2]).revenue(revenue));
    }
}
