package se.asfregister.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import se.asfregister.employment.Figure;
import se.asfregister.employment.Figure.Gender;
import se.asfregister.employment.Figure.Stock;
import se.asfregister.support.Fixtures;

/**
 * Hand-countable fixtures inserted with plain SQL (the employment-report, CSR, policy and
 * activity APIs are built elsewhere). Ids from 1000 up. The expected figures are worked out
 * in the comments of {@link ReportResourceTest}.
 */
final class ReportFixtures {

    static final String FALUN = "2080";
    static final String BORLANGE = "2081";
    static final String GAVLE = "2180";

    private ReportFixtures() {
    }

    static void insertAll(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            // A: Falun, active, meets the criteria
            company(c, 1001, FALUN, "ACTIVE", true, "2010-01-01");
            // B: Falun, active, does not meet the criteria
            company(c, 1002, FALUN, "ACTIVE", false, null);
            // C: Borlänge, reported 2017 then stopped and closed
            company(c, 1003, BORLANGE, "CLOSED", true, null);
            // D: Borlänge, founded 2018, first report 2018-Q4
            company(c, 1004, BORLANGE, "ACTIVE", true, "2018-03-01");
            // E: Gävle, another county
            company(c, 1005, GAVLE, "ACTIVE", true, null);
            // F: Falun, inactive, never reported
            company(c, 1006, FALUN, "INACTIVE", true, null);
            // G: Borlänge, active now but founded 2019
            company(c, 1007, BORLANGE, "ACTIVE", true, "2019-05-01");

            // id, company, year, quarter, figures by name (women, men, other; unnamed figures are 0)
            report(c, 1101, 1001, 2017, 4, figures().employees(4, 5, 0).wageSubsidy(1, 2, 0).workTraining(2, 1, 0)
                    .rehabilitation(1, 0, 0).transitions(1, 0).revenue(100_000));
            report(c, 1102, 1001, 2018, 1, figures().employees(3, 3, 0).wageSubsidy(1, 1, 0).workTraining(5, 0, 0)
                    .transitions(1, 1).revenue(200_000));
            report(c, 1103, 1001, 2018, 3, figures().employees(5, 6, 1).wageSubsidy(2, 3, 0).workTraining(1, 1, 0)
                    .rehabilitation(1, 0, 0).internships(0, 1, 0).transitions(2, 0).revenue(300_000));
            report(c, 1104, 1002, 2017, 4, figures().employees(3, 4, 0).wageSubsidy(0, 1, 0).workTraining(3, 2, 0)
                    .rehabilitation(0, 1, 0).revenue(50_000));
            report(c, 1105, 1002, 2018, 2, figures().employees(4, 4, 0).wageSubsidy(1, 1, 0).workTraining(2, 2, 0)
                    .rehabilitation(0, 1, 0).transitions(1, 0).revenue(60_000));
            report(c, 1106, 1002, 2018, 4, figures().employees(5, 4, 0).wageSubsidy(1, 2, 0).workTraining(3, 2, 1)
                    .rehabilitation(0, 1, 0).transitions(0, 1).revenue(70_000));
            report(c, 1107, 1003, 2017, 4, figures().employees(6, 4, 0).wageSubsidy(2, 2, 0).workTraining(1, 1, 0)
                    .revenue(80_000));
            report(c, 1108, 1004, 2018, 4, figures().employees(1, 1, 0).revenue(10_000));
            report(c, 1109, 1005, 2018, 4, figures().employees(10, 10, 0).workTraining(4, 4, 0).transitions(5, 0)
                    .revenue(999));

            // id, municipality, status, start, end
            collaboration(c, 1201, FALUN, "ACTIVE", "2017-09-01", "2018-03-31"); // across the year boundary
            collaboration(c, 1202, FALUN, "COMPLETED", "2016-01-01", "2017-12-31"); // 2017 only
            collaboration(c, 1203, BORLANGE, "ACTIVE", "2018-06-01", null);
            collaboration(c, 1204, BORLANGE, "PLANNED", "2018-01-01", null); // never counted
            collaboration(c, 1205, BORLANGE, "CANCELLED", "2018-02-01", "2018-05-01"); // never counted
            collaboration(c, 1206, GAVLE, "ACTIVE", "2018-01-01", null); // another county
            collaboration(c, 1207, FALUN, "ACTIVE", "2019-01-01", null); // starts after 2018
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO csr_collaboration_company (collaboration_id, company_id) VALUES (1201, 1001)");
            }

            // id, municipality, kind, status, adopted, valid until
            policy(c, 1301, FALUN, "POLICY", "ADOPTED", "2016-05-01", null);
            policy(c, 1302, BORLANGE, "ACTION_PLAN", "REPEALED", "2015-01-01", null); // repealed
            policy(c, 1303, BORLANGE, "PROCUREMENT_GUIDELINE", "ADOPTED", "2017-01-01", null);
            policy(c, 1304, FALUN, "ACTION_PLAN", "REVISED", "2018-02-01", "2020-12-31");
            policy(c, 1305, "2085", "POLICY", "ADOPTED", "2019-01-10", null); // Ludvika, adopted later
            policy(c, 1306, "2062", "POLICY", "ADOPTED", "2014-01-01", "2018-06-30"); // Mora, expired
            policy(c, 1307, GAVLE, "POLICY", "ADOPTED", "2010-01-01", null); // another county

            // id, kind, date, municipality, participants w/m/o
            activity(c, 1401, "NETWORK_MEETING", "2018-02-10", FALUN, 5, 4, 0);
            activity(c, 1402, "NETWORK_MEETING", "2018-11-20", BORLANGE, 2, 0, 0);
            activity(c, 1403, "TRAINING", "2018-05-05", FALUN, 1, 3, 1);
            activity(c, 1404, "NETWORK_MEETING", "2017-12-31", FALUN, 3, 3, 0);
            activity(c, 1405, "NETWORK_MEETING", "2019-01-01", FALUN, 3, 3, 0);
            activity(c, 1406, "NETWORK_MEETING", "2018-06-01", GAVLE, 3, 3, 0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An extra goal of county 20 (deleted again by {@link #deleteExtraGoals}). */
    static void goal(DataSource ds, long id, String indicator, Integer baselineYear, int targetYear, String type,
            int target) {
        goal(ds, id, "20", indicator, baselineYear, targetYear, type, target);
    }

    /** An extra goal of a county (deleted again by {@link #deleteExtraGoals}). */
    static void goal(DataSource ds, long id, String county, String indicator, Integer baselineYear, int targetYear,
            String type, int target) {
        try (Connection c = ds.getConnection(); PreparedStatement p = c.prepareStatement("INSERT INTO goal (id,"
                + " county_code, indicator, baseline_year, target_year, target_type, target_value, description,"
                + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'test', 0, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)")) {
            p.setLong(1, id);
            p.setString(2, county);
            p.setString(3, indicator);
            p.setObject(4, baselineYear, java.sql.Types.INTEGER);
            p.setInt(5, targetYear);
            p.setString(6, type);
            p.setInt(7, target);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Goals are seeded, not cleared between tests: remove the ones tests add. */
    static void deleteExtraGoals(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM goal WHERE id >= 1000");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void company(Connection c, long id, String municipality, String status, boolean meets,
            String foundedOn) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO company (id, organisation_number, name,"
                + " search_name, legal_form, municipality_code, founded_on, status, sells_goods_or_services,"
                + " integration_purpose, employee_participation, reinvests_profits, independent_of_public_sector,"
                + " meets_asf_criteria, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'ECONOMIC_ASSOCIATION',"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            p.setLong(1, id);
            p.setString(2, Fixtures.orgNumber((int) id));
            p.setString(3, "Företag " + id);
            p.setString(4, "företag " + id);
            p.setString(5, municipality);
            p.setObject(6, foundedOn == null ? null : java.sql.Date.valueOf(foundedOn), java.sql.Types.DATE);
            p.setString(7, status);
            for (int i = 8; i <= 13; i++) {
                p.setBoolean(i, meets);
            }
            p.executeUpdate();
        }
    }

    /** The figures of a report, named; every figure not named is 0. */
    static ReportFigures figures() {
        return new ReportFigures();
    }

    static final class ReportFigures {
        private final Map<Figure, Long> values = new EnumMap<>(Figure.class);

        private ReportFigures() {
            Figure.ALL.forEach(f -> values.put(f, 0L));
        }

        ReportFigures employees(int women, int men, int other) {
            return stock(Stock.EMPLOYEES, women, men, other);
        }

        ReportFigures wageSubsidy(int women, int men, int other) {
            return stock(Stock.WAGE_SUBSIDY, women, men, other);
        }

        ReportFigures workTraining(int women, int men, int other) {
            return stock(Stock.WORK_TRAINING, women, men, other);
        }

        ReportFigures rehabilitation(int women, int men, int other) {
            return stock(Stock.REHABILITATION, women, men, other);
        }

        ReportFigures internships(int women, int men, int other) {
            return stock(Stock.INTERNSHIPS, women, men, other);
        }

        ReportFigures transitions(int toWork, int toEducation) {
            values.put(Figure.TRANSITIONS_TO_WORK, (long) toWork);
            values.put(Figure.TRANSITIONS_TO_EDUCATION, (long) toEducation);
            return this;
        }

        ReportFigures revenue(long sek) {
            values.put(Figure.REVENUE_SEK, sek);
            return this;
        }

        private ReportFigures stock(Stock stock, int women, int men, int other) {
            values.put(Figure.of(stock, Gender.WOMEN), (long) women);
            values.put(Figure.of(stock, Gender.MEN), (long) men);
            values.put(Figure.of(stock, Gender.OTHER), (long) other);
            return this;
        }
    }

    static void report(Connection c, long id, long company, int year, int quarter, ReportFigures figures)
            throws SQLException {
        String columns = String.join(", ", Figure.ALL.stream().map(f -> f.dbColumn).toList());
        String values = String.join(", ", Collections.nCopies(Figure.ALL.size(), "?"));
        try (PreparedStatement p = c.prepareStatement("INSERT INTO employment_report (id, company_id, period,"
                + " period_year, period_quarter, " + columns + ", version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, " + values + ", 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            p.setLong(1, id);
            p.setLong(2, company);
            p.setString(3, year + "-Q" + quarter);
            p.setInt(4, year);
            p.setInt(5, quarter);
            int i = 6;
            for (Figure f : Figure.ALL) {
                p.setLong(i++, figures.values.get(f));
            }
            p.executeUpdate();
        }
    }

    private static void collaboration(Connection c, long id, String municipality, String status, String start,
            String end) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO csr_collaboration (id, title, partner_name,"
                + " partner_type, kind, municipality_code, start_date, end_date, status, version, created_at,"
                + " updated_at) VALUES (?, 'Samarbete', 'Partner AB', 'PRIVATE_COMPANY', 'PROCUREMENT', ?, ?, ?, ?,"
                + " 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            p.setLong(1, id);
            p.setString(2, municipality);
            p.setDate(3, java.sql.Date.valueOf(start));
            p.setObject(4, end == null ? null : java.sql.Date.valueOf(end), java.sql.Types.DATE);
            p.setString(5, status);
            p.executeUpdate();
        }
    }

    private static void policy(Connection c, long id, String municipality, String kind, String status,
            String adopted, String validUntil) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO municipal_policy (id, municipality_code, title,"
                + " kind, status, adopted_on, valid_until, social_procurement, version, created_at, updated_at)"
                + " VALUES (?, ?, 'Policy', ?, ?, ?, ?, FALSE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            p.setLong(1, id);
            p.setString(2, municipality);
            p.setString(3, kind);
            p.setString(4, status);
            p.setDate(5, java.sql.Date.valueOf(adopted));
            p.setObject(6, validUntil == null ? null : java.sql.Date.valueOf(validUntil), java.sql.Types.DATE);
            p.executeUpdate();
        }
    }

    static void activity(Connection c, long id, String kind, String heldOn, String municipality, int women,
            int men, int other) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO activity (id, kind, title, held_on,"
                + " municipality_code, participants_women, participants_men, participants_other, version,"
                + " created_at, updated_at) VALUES (?, ?, 'Träff', ?, ?, ?, ?, ?, 0, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)")) {
            p.setLong(1, id);
            p.setString(2, kind);
            p.setDate(3, java.sql.Date.valueOf(heldOn));
            p.setString(4, municipality);
            p.setInt(5, women);
            p.setInt(6, men);
            p.setInt(7, other);
            p.executeUpdate();
        }
    }
}
