package se.asfregister.report;

import static se.asfregister.employment.Figure.TRANSITIONS_TO_WORK;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.asfregister.common.Database;
import se.asfregister.csr.CollaborationRules;
import se.asfregister.employment.Figure.Stock;
import se.asfregister.funding.FundingIndicators;
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
    public static final List<String> GENDERED = Stream.concat(Stock.required().stream().map(s -> s.json),
            Stream.of("activityParticipants")).toList();

    /** Every figure of an annual-report row, in column order, with the SQL that yields it. */
    static final List<RowFigure> FIGURES = AnnualRowSql.figures();

    /** Figure names that count persons (suppressed for the public); the rest count companies, money, documents. */
    public static final List<String> PERSON_FIGURES = FIGURES.stream().filter(RowFigure::persons).map(RowFigure::name)
            .toList();

    public static final List<String> FIGURE_NAMES = FIGURES.stream().map(RowFigure::name).toList();

    record RowFigure(String name, String sql, boolean persons) {
    }

    /** One area's figures: municipality or county code and name, figures by name. */
    public record AreaFigures(String code, String name, Map<String, Long> figures) {
    }

    /** The county-wide figures of one year that the goal indicators read. */
    public record YearFigures(long reportingCompanies, Long employees, Long participants, Long transitionsToWork,
            long activeCompanies, long networkMeetings, long csrCollaborations, long municipalitiesWithPolicy,
            long trainingActivities, long companiesSeekingFunding, long companiesUsingSocialMedia) {
    }

    /** Like-with-like figures: only the companies of the county that reported in both years. */
    public record PairedFigures(long companies, Long baselineEmployees, Long currentEmployees,
            Long baselineParticipants, Long currentParticipants) {
    }

    /** A flow compared like with like: the same companies and the same complete quarters of both years. */
    public record PairedFlow(long companies, Long baseline, Long current) {
    }

    /** The column of a company-year row that holds its employees. */
    private static final String EMPLOYEES = CompanyYear.total(Stock.EMPLOYEES);

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

    /** One row per municipality of the county, by code; zeros where nothing was reported or registered. */
    public List<AreaFigures> municipalities(String county, int year) {
        String sql = AnnualRowSql.municipalities(true, restrictBeforeGrouping()) + " ORDER BY m.code";
        Query q = yearParams(em.createNativeQuery(sql), year).setParameter("county", county);
        return areas(q);
    }

    /** One row per municipality of the country, by code: what the disclosure rule set needs for a year. */
    public List<AreaFigures> allMunicipalities(int year) {
        String sql = AnnualRowSql.municipalities(false, false) + " ORDER BY m.code";
        return areas(yearParams(em.createNativeQuery(sql), year));
    }

    /** One row per county: the sums of its municipality rows, in the same query. */
    public List<AreaFigures> counties(int year) {
        StringBuilder s = new StringBuilder("SELECT k.code, k.name");
        for (int i = 0; i < FIGURES.size(); i++) {
            s.append(", COALESCE(SUM(x.v").append(i).append("), 0)");
        }
        s.append(" FROM county k LEFT JOIN (").append(AnnualRowSql.municipalities(false, false))
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
                + " (SELECT COUNT(*) FROM company c" + inCounty.formatted("c") + AnnualRowSql.activeInYear("c") + "),"
                + " (SELECT COUNT(*) FROM activity a" + inCounty.formatted("a")
                + "a.kind = 'NETWORK_MEETING' AND a.held_on >= :yearStart AND a.held_on <= :yearEnd),"
                + " (SELECT COUNT(*) FROM csr_collaboration x" + inCounty.formatted("x")
                + CollaborationRules.activeInYearSql("x") + "),"
                + " (SELECT COUNT(DISTINCT p.municipality_code) FROM municipal_policy p" + inCounty.formatted("p")
                + "p.kind IN ('POLICY', 'ACTION_PLAN') AND " + PolicyRules.inForceSql("p") + "),"
                + " (SELECT COUNT(*) FROM activity a" + inCounty.formatted("a")
                + "a.kind = 'TRAINING' AND a.held_on >= :yearStart AND a.held_on <= :yearEnd),"
                + activeCompanies(inCounty, FundingIndicators.appliedInYearSql("c")) + ","
                + activeCompanies(inCounty, FundingIndicators.usesSocialMediaSql("c"))
                + " FROM (SELECT COUNT(*) AS reporting, SUM(y." + EMPLOYEES + ") AS emp,"
                + " SUM(" + CompanyYear.participants("y") + ") AS part, SUM(y." + TRANSITIONS_TO_WORK.dbColumn
                + ") AS tw FROM (" + CompanyYear.sql("year", restrictBeforeGrouping()) + ") y"
                + " JOIN company c ON c.id = y.company_id"
                + " JOIN municipality m ON m.code = c.municipality_code WHERE m.county_code = :county) er";
        Object[] r = (Object[]) yearParams(em.createNativeQuery(sql), year).setParameter("county", county)
                .getSingleResult();
        return new YearFigures(num(r[0]), numOrNull(r[1]), numOrNull(r[2]), numOrNull(r[3]), num(r[4]), num(r[5]),
                num(r[6]), num(r[7]), num(r[8]), num(r[9]), num(r[10]));
    }

    /** SQL: how many companies of the county were active in the year and meet {@code condition}. */
    private static String activeCompanies(String inCounty, String condition) {
        return " (SELECT COUNT(*) FROM company c" + inCounty.formatted("c") + AnnualRowSql.activeInYear("c")
                + " AND " + condition + ")";
    }

    /** Employees and participants of the companies that reported in both years. */
    public PairedFigures paired(String county, int baselineYear, int year) {
        String sql = "SELECT COUNT(*), SUM(b." + EMPLOYEES + "), SUM(cu." + EMPLOYEES + "),"
                + " SUM(" + CompanyYear.participants("b") + "), SUM(" + CompanyYear.participants("cu") + ")"
                + " FROM (" + CompanyYear.sql("baselineYear", restrictBeforeGrouping()) + ") b"
                + " JOIN (" + CompanyYear.sql("year", restrictBeforeGrouping()) + ") cu ON cu.company_id = b.company_id"
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
        String quarters = "SELECT r.company_id, r.period_quarter, r." + TRANSITIONS_TO_WORK.dbColumn + " AS tw"
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
