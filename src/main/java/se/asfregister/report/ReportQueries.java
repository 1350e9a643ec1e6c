package se.asfregister.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.asfregister.common.Database;
import se.asfregister.csr.CollaborationRules;
import se.asfregister.policy.PolicyRules;

/**
 * The reporting component: every aggregate figure of progress and the annual report is
 * computed here, by aggregate SQL in the database (never by loading rows into Java). The
 * definitions are those of docs/reporting.md. Native SQL that runs unchanged on H2 2.x and
 * PostgreSQL; collaborations and policies use the one definition in {@link CollaborationRules}
 * and {@link PolicyRules}.
 */
@ApplicationScoped
public class ReportQueries {

    /** The gendered person counts of the annual report, in column order; each has .women, .men, .other, .total. */
    public static final List<String> GENDERED = List.of("employees", "employeesWithWageSubsidy", "workTraining",
            "rehabilitation", "internships", "activityParticipants");

    /** Every figure of an annual-report row, in column order, with the SQL that yields it. */
    static final List<Figure> FIGURES = figures();

    /** Figure names that count persons (suppressed for the public); the rest count companies, money, documents. */
    public static final List<String> PERSON_FIGURES = FIGURES.stream().filter(Figure::persons).map(Figure::name)
            .toList();

    public static final List<String> FIGURE_NAMES = FIGURES.stream().map(Figure::name).toList();

    record Figure(String name, String sql, boolean persons) {
    }

    /** One area's figures: municipality or county code and name, figures by name. */
    public record AreaFigures(String code, String name, Map<String, Long> figures) {
    }

    /** The county-wide figures of one year that the goal indicators read. */
    public record YearFigures(long reportingCompanies, Long employees, Long participants, Long transitionsToWork,
            long activeCompanies, long networkMeetings, long csrCollaborations, long municipalitiesWithPolicy,
            long trainingActivities) {
    }

    /** Like-with-like figures: only the companies of the county that reported in both years. */
    public record PairedFigures(long companies, Long baselineEmployees, Long currentEmployees,
            Long baselineParticipants, Long currentParticipants) {
    }

    /** A flow compared like with like: the same companies and the same complete quarters of both years. */
    public record PairedFlow(long companies, Long baseline, Long current) {
    }

    @Inject
    EntityManager em;

    @Inject
    Database database;

    /**
     * Whether a county's queries restrict each grouped part to the county's companies
     * themselves. PostgreSQL does not push the county filter of the outer query through a
     * GROUP BY, so without this it aggregates the whole nation's year first (78 ms instead of
     * 33 ms for county progress in docs/performance.md). H2 evaluates each derived table per
     * outer row with the company already pushed in, where the extra IN only adds work. The
     * results are the same either way; the report tests run on both databases.
     */
    private boolean restrictBeforeGrouping() {
        return !database.isH2();
    }

    private static List<Figure> figures() {
        List<Figure> f = new ArrayList<>();
        f.add(new Figure("activeCompanies", "co.active", false));
        f.add(new Figure("companiesMeetingCriteria", "co.meeting", false));
        f.add(new Figure("reportingCompanies", "er.reporting", false));
        gendered(f, "employees", "er.emp");
        gendered(f, "employeesWithWageSubsidy", "er.ws");
        gendered(f, "workTraining", "er.wt");
        gendered(f, "rehabilitation", "er.rh");
        gendered(f, "internships", "er.ip");
        f.add(new Figure("transitionsToWork", "er.tw", true));
        f.add(new Figure("transitionsToEducation", "er.te", true));
        f.add(new Figure("revenueSek", "er.rev", false));
        f.add(new Figure("csrCollaborations", "cs.n", false));
        f.add(new Figure("policiesInForce", "po.n", false));
        f.add(new Figure("activities", "ac.n", false));
        gendered(f, "activityParticipants", "ac.p");
        return List.copyOf(f);
    }

    private static void gendered(List<Figure> f, String name, String column) {
        f.add(new Figure(name + ".women", column + "_w", true));
        f.add(new Figure(name + ".men", column + "_m", true));
        f.add(new Figure(name + ".other", column + "_o", true));
        f.add(new Figure(name + ".total", column + "_t", true));
    }

    /**
     * The annual rule, per company and year: headcounts of the latest quarter the company
     * reported in the year, flows summed over the year's quarters. One row per company that
     * reported in the year bound to {@code :yearParam}; with {@code inCounty}, only the
     * companies of the county bound to {@code :county}, restricted before aggregating (see
     * {@link #restrictBeforeGrouping()}).
     */
    static String companyYear(String yearParam, boolean inCounty) {
        String scope = inCounty ? " AND %s IN (SELECT sc.id FROM company sc WHERE "
                + inCounty("sc.municipality_code") + ")" : "";
        StringBuilder s = new StringBuilder("SELECT r.company_id");
        String[][] stocks = {{"emp", "employees"}, {"ws", "wage_subsidy"}, {"wt", "work_training"},
                {"rh", "rehabilitation"}, {"ip", "internships"}};
        for (String[] st : stocks) {
            for (String[] g : new String[][] {{"w", "women"}, {"m", "men"}, {"o", "other"}}) {
                s.append(", SUM(CASE WHEN r.period_quarter = lq.q THEN r.").append(st[1]).append('_').append(g[1])
                        .append(" ELSE 0 END) AS ").append(st[0]).append('_').append(g[0]);
            }
            s.append(", SUM(CASE WHEN r.period_quarter = lq.q THEN r.").append(st[1]).append("_women + r.")
                    .append(st[1]).append("_men + r.").append(st[1]).append("_other ELSE 0 END) AS ").append(st[0])
                    .append("_t");
        }
        s.append(", SUM(r.transitions_to_work) AS tw, SUM(r.transitions_to_education) AS te,"
                + " SUM(r.revenue_sek) AS rev"
                + " FROM employment_report r"
                + " JOIN (SELECT company_id, MAX(period_quarter) AS q FROM employment_report"
                + " WHERE period_year = :" + yearParam + scope.formatted("company_id") + " GROUP BY company_id) lq"
                + " ON lq.company_id = r.company_id"
                + " WHERE r.period_year = :" + yearParam + scope.formatted("r.company_id")
                + " GROUP BY r.company_id");
        return s.toString();
    }

    /**
     * A company is active in year Y when it reported for Y, or its status is ACTIVE now and it
     * was founded by 31 December Y (or its founding date is unknown). Binds :year and :yearEnd.
     */
    static String activeInYear(String c) {
        return "((" + c + ".status = 'ACTIVE' AND (" + c + ".founded_on IS NULL OR " + c + ".founded_on <= :yearEnd))"
                + " OR EXISTS (SELECT 1 FROM employment_report e WHERE e.company_id = " + c + ".id"
                + " AND e.period_year = :year))";
    }

    /** The municipality code in {@code column} lies in the county bound to {@code :county}. */
    private static String inCounty(String column) {
        return column + " IN (SELECT sm.code FROM municipality sm WHERE sm.county_code = :county)";
    }

    /**
     * The annual report's municipality rows (all municipalities of the county, or of all
     * counties). With {@code restrict}, every part is restricted to the county before it is
     * grouped (see {@link #restrictBeforeGrouping()}).
     */
    private static String municipalitySql(boolean oneCounty, boolean restrict) {
        String scope = oneCounty && restrict ? " AND " + inCounty("%s.municipality_code") : "";
        StringBuilder s = new StringBuilder("SELECT m.code AS code, m.name AS name, m.county_code AS county_code");
        for (int i = 0; i < FIGURES.size(); i++) {
            s.append(", COALESCE(").append(FIGURES.get(i).sql()).append(", 0) AS v").append(i);
        }
        s.append(" FROM municipality m");
        s.append(" LEFT JOIN (SELECT c.municipality_code AS mc, COUNT(*) AS active,"
                + " SUM(CASE WHEN c.meets_asf_criteria THEN 1 ELSE 0 END) AS meeting"
                + " FROM company c WHERE " + activeInYear("c") + scope.formatted("c")
                + " GROUP BY c.municipality_code) co"
                + " ON co.mc = m.code");
        s.append(" LEFT JOIN (SELECT c.municipality_code AS mc, COUNT(*) AS reporting");
        for (String p : List.of("emp", "ws", "wt", "rh", "ip")) {
            for (String g : List.of("w", "m", "o", "t")) {
                s.append(", SUM(y.").append(p).append('_').append(g).append(") AS ").append(p).append('_').append(g);
            }
        }
        s.append(", SUM(y.tw) AS tw, SUM(y.te) AS te, SUM(y.rev) AS rev FROM (")
                .append(companyYear("year", oneCounty && restrict))
                .append(") y JOIN company c ON c.id = y.company_id GROUP BY c.municipality_code) er ON er.mc = m.code");
        s.append(" LEFT JOIN (SELECT x.municipality_code AS mc, COUNT(*) AS n FROM csr_collaboration x WHERE ")
                .append(CollaborationRules.activeInYearSql("x")).append(scope.formatted("x"))
                .append(" GROUP BY x.municipality_code) cs ON cs.mc = m.code");
        s.append(" LEFT JOIN (SELECT p.municipality_code AS mc, COUNT(*) AS n FROM municipal_policy p WHERE ")
                .append(PolicyRules.inForceSql("p")).append(scope.formatted("p"))
                .append(" GROUP BY p.municipality_code) po ON po.mc = m.code");
        s.append(" LEFT JOIN (SELECT a.municipality_code AS mc, COUNT(*) AS n,"
                + " SUM(a.participants_women) AS p_w, SUM(a.participants_men) AS p_m,"
                + " SUM(a.participants_other) AS p_o,"
                + " SUM(a.participants_women + a.participants_men + a.participants_other) AS p_t"
                + " FROM activity a WHERE a.held_on >= :yearStart AND a.held_on <= :yearEnd"
                + scope.formatted("a") + " GROUP BY a.municipality_code) ac ON ac.mc = m.code");
        if (oneCounty) {
            s.append(" WHERE m.county_code = :county");
        }
        return s.toString();
    }

    /** One row per municipality of the county, by code; zeros where nothing was reported or registered. */
    public List<AreaFigures> municipalities(String county, int year) {
        String sql = municipalitySql(true, restrictBeforeGrouping()) + " ORDER BY m.code";
        Query q = yearParams(em.createNativeQuery(sql), year).setParameter("county", county);
        return areas(q);
    }

    /** One row per municipality of the country, by code: what the disclosure rule set needs for a year. */
    public List<AreaFigures> allMunicipalities(int year) {
        String sql = municipalitySql(false, false) + " ORDER BY m.code";
        return areas(yearParams(em.createNativeQuery(sql), year));
    }

    /** One row per county: the sums of its municipality rows, in the same query. */
    public List<AreaFigures> counties(int year) {
        StringBuilder s = new StringBuilder("SELECT k.code, k.name");
        for (int i = 0; i < FIGURES.size(); i++) {
            s.append(", COALESCE(SUM(x.v").append(i).append("), 0)");
        }
        s.append(" FROM county k LEFT JOIN (").append(municipalitySql(false, false))
                .append(") x ON x.county_code = k.code GROUP BY k.code, k.name ORDER BY k.code");
        return areas(yearParams(em.createNativeQuery(s.toString()), year));
    }

    @SuppressWarnings("unchecked")
    private static List<AreaFigures> areas(Query q) {
        List<AreaFigures> result = new ArrayList<>();
        for (Object[] row : (List<Object[]>) q.getResultList()) {
            Map<String, Long> values = new LinkedHashMap<>();
            int offset = row.length - FIGURES.size();
            for (int i = 0; i < FIGURES.size(); i++) {
                values.put(FIGURES.get(i).name(), ((Number) row[offset + i]).longValue());
            }
            result.add(new AreaFigures((String) row[0], (String) row[1], values));
        }
        return result;
    }

    /**
     * The goal indicators of a county for one year (docs/reporting.md, "Indicators"). Employee
     * figures are null when no company of the county reported for the year.
     */
    public YearFigures yearFigures(String county, int year) {
        String inCounty = " JOIN municipality m ON m.code = %s.municipality_code WHERE m.county_code = :county AND ";
        String sql = "SELECT er.reporting, er.emp, er.part, er.tw,"
                + " (SELECT COUNT(*) FROM company c" + inCounty.formatted("c") + activeInYear("c") + "),"
                + " (SELECT COUNT(*) FROM activity a" + inCounty.formatted("a")
                + "a.kind = 'NETWORK_MEETING' AND a.held_on >= :yearStart AND a.held_on <= :yearEnd),"
                + " (SELECT COUNT(*) FROM csr_collaboration x" + inCounty.formatted("x")
                + CollaborationRules.activeInYearSql("x") + "),"
                + " (SELECT COUNT(DISTINCT p.municipality_code) FROM municipal_policy p" + inCounty.formatted("p")
                + "p.kind IN ('POLICY', 'ACTION_PLAN') AND " + PolicyRules.inForceSql("p") + "),"
                + " (SELECT COUNT(*) FROM activity a" + inCounty.formatted("a")
                + "a.kind = 'TRAINING' AND a.held_on >= :yearStart AND a.held_on <= :yearEnd)"
                + " FROM (SELECT COUNT(*) AS reporting, SUM(y.emp_t) AS emp, SUM(y.wt_t + y.rh_t + y.ip_t) AS part,"
                + " SUM(y.tw) AS tw FROM (" + companyYear("year", restrictBeforeGrouping()) + ") y"
                + " JOIN company c ON c.id = y.company_id"
                + " JOIN municipality m ON m.code = c.municipality_code WHERE m.county_code = :county) er";
        Object[] r = (Object[]) yearParams(em.createNativeQuery(sql), year).setParameter("county", county)
                .getSingleResult();
        return new YearFigures(num(r[0]), numOrNull(r[1]), numOrNull(r[2]), numOrNull(r[3]), num(r[4]), num(r[5]),
                num(r[6]), num(r[7]), num(r[8]));
    }

    /** Employees and participants of the companies that reported in both years. */
    public PairedFigures paired(String county, int baselineYear, int year) {
        String sql = "SELECT COUNT(*), SUM(b.emp_t), SUM(cu.emp_t), SUM(b.wt_t + b.rh_t + b.ip_t),"
                + " SUM(cu.wt_t + cu.rh_t + cu.ip_t)"
                + " FROM (" + companyYear("baselineYear", restrictBeforeGrouping()) + ") b"
                + " JOIN (" + companyYear("year", restrictBeforeGrouping()) + ") cu ON cu.company_id = b.company_id"
                + " JOIN company c ON c.id = b.company_id JOIN municipality m ON m.code = c.municipality_code"
                + " WHERE m.county_code = :county";
        Object[] r = (Object[]) em.createNativeQuery(sql).setParameter("baselineYear", baselineYear)
                .setParameter("year", year).setParameter("county", county).getSingleResult();
        return new PairedFigures(num(r[0]), numOrNull(r[1]), numOrNull(r[2]), numOrNull(r[3]), numOrNull(r[4]));
    }

    /**
     * Transitions to work of the county's companies, summed over the quarters that a company
     * reported in both years, and in {@code year} only over quarters that have ended before
     * the current quarter ({@code currentYear}, {@code currentQuarter}): a year in progress is
     * compared with the same part of the baseline year, never with all of it. Null figures:
     * no quarter to compare.
     */
    public PairedFlow pairedTransitions(String county, int baselineYear, int year, int currentYear,
            int currentQuarter) {
        String quarters = "SELECT r.company_id, r.period_quarter, r.transitions_to_work AS tw"
                + " FROM employment_report r WHERE r.period_year = :";
        String sql = "SELECT COUNT(DISTINCT b.company_id), SUM(b.tw), SUM(cu.tw)"
                + " FROM (" + quarters + "baselineYear) b"
                + " JOIN (" + quarters + "year AND (:year < :currentYear OR r.period_quarter < :currentQuarter)) cu"
                + " ON cu.company_id = b.company_id AND cu.period_quarter = b.period_quarter"
                + " JOIN company c ON c.id = b.company_id JOIN municipality m ON m.code = c.municipality_code"
                + " WHERE m.county_code = :county";
        Object[] r = (Object[]) em.createNativeQuery(sql).setParameter("baselineYear", baselineYear)
                .setParameter("year", year).setParameter("currentYear", currentYear)
                .setParameter("currentQuarter", currentQuarter).setParameter("county", county).getSingleResult();
        return new PairedFlow(num(r[0]), numOrNull(r[1]), numOrNull(r[2]));
    }

    private static Query yearParams(Query q, int year) {
        return q.setParameter("year", year)
                .setParameter("yearStart", CollaborationRules.yearStart(year))
                .setParameter("yearEnd", CollaborationRules.yearEnd(year))
                .setParameter("day", CollaborationRules.yearEnd(year));
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static Long numOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
