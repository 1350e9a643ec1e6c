package se.asfregister.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.sql.DataSource;
import se.asfregister.support.Fixtures;

/**
 * A random register for the disclosure audit: a few companies in a few municipalities of three
 * counties (Gotland has a single municipality), sparse quarterly reports in a baseline year and
 * the year reported on, small and large counts, sometimes one company dominating revenue, and a
 * few activities. Inserted with plain SQL; ids from 1000 up. It keeps what it inserted, so that
 * the audit can write every published figure as a sum over the companies and activities.
 */
final class RandomRegister {

    static final int BASE_YEAR = 2017;
    static final int YEAR = 2018;
    static final List<Integer> YEARS = List.of(BASE_YEAR, YEAR);
    static final List<String> MUNICIPALITIES = List.of("2080", "2081", "2062", "2180", "2181", "0980");
    static final List<String> COUNTIES = List.of("20", "21", "09");

    record Company(long id, String municipality) {
        String county() {
            return municipality.substring(0, 2);
        }
    }

    record Activity(long id, String municipality, int year, int[] participants) {
    }

    final List<Company> companies = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    /** company id -> year -> quarter -> values by part. */
    final Map<Long, Map<Integer, TreeMap<Integer, long[]>>> reports = new LinkedHashMap<>();

    private final Random random;

    private RandomRegister(long seed) {
        random = new Random(seed);
    }

    static RandomRegister insert(DataSource ds, long seed) {
        RandomRegister r = new RandomRegister(seed);
        r.generate();
        try (Connection c = ds.getConnection()) {
            r.write(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return r;
    }

    private void generate() {
        // a few municipalities, one of them often crowded, so that rows of 0, 1, 2, 3 and more companies occur
        int companyCount = 3 + random.nextInt(12);
        for (int i = 0; i < companyCount; i++) {
            String m = random.nextInt(3) == 0 ? MUNICIPALITIES.get(0)
                    : MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size()));
            companies.add(new Company(1000 + i, m));
        }
        boolean dominant = random.nextBoolean();
        for (Company c : companies) {
            Map<Integer, TreeMap<Integer, long[]>> years = new LinkedHashMap<>();
            for (int year : YEARS) {
                if (random.nextInt(4) == 0) {
                    continue; // no report this year
                }
                TreeMap<Integer, long[]> quarters = new TreeMap<>();
                for (int q = 1; q <= 4; q++) {
                    if (random.nextInt(2) == 0 || (q == 4 && quarters.isEmpty())) {
                        quarters.put(q, values(dominant && c.id() == 1000));
                    }
                }
                years.put(year, quarters);
            }
            reports.put(c.id(), years);
        }
        int activityCount = random.nextInt(6);
        for (int i = 0; i < activityCount; i++) {
            activities.add(new Activity(1100 + i, MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size())),
                    YEARS.get(random.nextInt(2)), new int[] {count(), count(), count()}));
        }
    }

    private long[] values(boolean dominant) {
        long[] v = new long[Part.values().length];
        for (Part p : Part.values()) {
            v[p.ordinal()] = switch (p) {
                case REVENUE -> dominant ? 50_000_000L + random.nextInt(1000) : random.nextInt(3) * 100_000L;
                case WAGE_SUBSIDY_WOMEN, WAGE_SUBSIDY_MEN, WAGE_SUBSIDY_OTHER -> 0; // set below
                default -> count();
            };
        }
        // wage subsidy: of the employees, per gender
        for (int g = 0; g < 3; g++) {
            long employees = v[Part.EMPLOYEES_WOMEN.ordinal() + g];
            v[Part.WAGE_SUBSIDY_WOMEN.ordinal() + g] = employees == 0 ? 0 : random.nextInt((int) employees + 1);
        }
        return v;
    }

    /** 0, a small count (1-3) or a larger one, in about equal parts. */
    private int count() {
        return switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> 1 + random.nextInt(3);
            default -> 4 + random.nextInt(30);
        };
    }

    /** Whether the company reported for the year. */
    boolean reported(long company, int year) {
        return reports.get(company).containsKey(year);
    }

    /** The company's figure for a year by the annual rule: the latest quarter's stock, the sum of the flows. */
    long annual(long company, int year, Part part) {
        TreeMap<Integer, long[]> quarters = reports.get(company).get(year);
        if (quarters == null) {
            return 0;
        }
        return part.stock ? quarters.lastEntry().getValue()[part.ordinal()]
                : quarters.values().stream().mapToLong(v -> v[part.ordinal()]).sum();
    }

    private void write(Connection c) throws SQLException {
        for (Company co : companies) {
            insertCompany(c, co);
        }
        long id = 1000;
        try (PreparedStatement ps = c.prepareStatement(reportInsert())) {
            for (Company co : companies) {
                for (var year : reports.get(co.id()).entrySet()) {
                    for (var quarter : year.getValue().entrySet()) {
                        ps.setLong(1, id++);
                        ps.setLong(2, co.id());
                        ps.setString(3, year.getKey() + "-Q" + quarter.getKey());
                        ps.setInt(4, year.getKey());
                        ps.setInt(5, quarter.getKey());
                        for (Part p : Part.values()) {
                            ps.setLong(6 + p.ordinal(), quarter.getValue()[p.ordinal()]);
                        }
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
        for (Activity a : activities) {
            ReportFixtures.activity(c, a.id(), "NETWORK_MEETING", a.year() + "-06-01", a.municipality(),
                    a.participants()[0], a.participants()[1], a.participants()[2]);
        }
    }

    private static String reportInsert() {
        StringBuilder columns = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (Part p : Part.values()) {
            columns.append(", ").append(p.column);
            marks.append(", ?");
        }
        return "INSERT INTO employment_report (id, company_id, period, period_year, period_quarter" + columns
                + ", version, created_at, updated_at) VALUES (?, ?, ?, ?, ?" + marks
                + ", 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
    }

    private static void insertCompany(Connection c, Company co) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO company (id, organisation_number, name,"
                + " search_name, legal_form, municipality_code, status, sells_goods_or_services, integration_purpose,"
                + " employee_participation, reinvests_profits, independent_of_public_sector, meets_asf_criteria,"
                + " version, created_at, updated_at) VALUES (?, ?, ?, ?, 'ECONOMIC_ASSOCIATION', ?, 'ACTIVE', TRUE,"
                + " TRUE, TRUE, TRUE, TRUE, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            p.setLong(1, co.id());
            p.setString(2, Fixtures.orgNumber((int) co.id()));
            p.setString(3, "Företag " + co.id());
            p.setString(4, "företag " + co.id());
            p.setString(5, co.municipality());
            p.executeUpdate();
        }
    }
}
