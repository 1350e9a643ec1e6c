package se.asfregister.report;

import static se.asfregister.employment.Figure.REVENUE_SEK;

import java.util.ArrayList;
import java.util.List;
import se.asfregister.csr.CollaborationRules;
import se.asfregister.employment.Figure;
import se.asfregister.employment.Figure.Gender;
import se.asfregister.employment.Figure.Stock;
import se.asfregister.policy.PolicyRules;
import se.asfregister.report.ReportQueries.RowFigure;

/**
 * The SQL of the annual report's rows: one per municipality, each figure a column named by
 * {@link ReportQueries#FIGURES}, every part of it grouped per municipality. The employment
 * figures come from {@link CompanyYear}.
 */
final class AnnualRowSql {

    private AnnualRowSql() {
    }

    /** Every figure of an annual-report row, in column order, with the SQL that yields it. */
    static List<RowFigure> figures() {
        List<RowFigure> f = new ArrayList<>();
        f.add(new RowFigure("activeCompanies", "co.active", false));
        f.add(new RowFigure("companiesMeetingCriteria", "co.meeting", false));
        f.add(new RowFigure("reportingCompanies", "er.reporting", false));
        for (Stock s : Stock.required()) {
            for (Gender g : Gender.values()) {
                f.add(new RowFigure(s.json + "." + g.json, "er." + CompanyYear.column(s, g), true));
            }
            f.add(new RowFigure(s.json + ".total", "er." + CompanyYear.total(s), true));
        }
        for (Figure flow : CompanyYear.FLOWS) {
            f.add(new RowFigure(flow.column, "er." + flow.dbColumn, flow != REVENUE_SEK));
        }
        f.add(new RowFigure("csrCollaborations", "cs.n", false));
        f.add(new RowFigure("policiesInForce", "po.n", false));
        f.add(new RowFigure("activities", "ac.n", false));
        for (String g : List.of("women", "men", "other", "total")) {
            f.add(new RowFigure("activityParticipants." + g, "ac.p_" + g.charAt(0), true));
        }
        return List.copyOf(f);
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
    static String inCounty(String column) {
        return column + " IN (SELECT sm.code FROM municipality sm WHERE sm.county_code = :county)";
    }

    /**
     * The annual report's municipality rows (all municipalities of the county, or of all
     * counties). With {@code restrict}, every part is restricted to the county before it is
     * grouped (see {@code ReportQueries.restrictBeforeGrouping}).
     */
    static String municipalities(boolean oneCounty, boolean restrict) {
        String scope = oneCounty && restrict ? " AND " + inCounty("%s.municipality_code") : "";
        StringBuilder s = new StringBuilder("SELECT m.code AS code, m.name AS name, m.county_code AS county_code");
        for (int i = 0; i < ReportQueries.FIGURES.size(); i++) {
            s.append(", COALESCE(").append(ReportQueries.FIGURES.get(i).sql()).append(", 0) AS v").append(i);
        }
        s.append(" FROM municipality m");
        s.append(" LEFT JOIN (SELECT c.municipality_code AS mc, COUNT(*) AS active,"
                + " SUM(CASE WHEN c.meets_asf_criteria THEN 1 ELSE 0 END) AS meeting"
                + " FROM company c WHERE " + activeInYear("c") + scope.formatted("c")
                + " GROUP BY c.municipality_code) co"
                + " ON co.mc = m.code");
        s.append(" LEFT JOIN (SELECT c.municipality_code AS mc, COUNT(*) AS reporting");
        CompanyYear.columns().forEach(column -> s.append(", SUM(y.").append(column).append(") AS ").append(column));
        s.append(" FROM (").append(CompanyYear.sql("year", oneCounty && restrict))
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
}
