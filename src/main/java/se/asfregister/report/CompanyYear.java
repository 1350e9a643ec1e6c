package se.asfregister.report;

import java.util.ArrayList;
import java.util.List;
import se.asfregister.employment.Figure;
import se.asfregister.employment.Figure.Gender;
import se.asfregister.employment.Figure.Stock;

/**
 * The annual rule over employment reports as SQL, its columns derived from
 * {@link se.asfregister.employment.Figure}: per company and year, headcounts of the latest
 * quarter the company reported in the year, flows summed over the year's quarters. A row's
 * columns are named after the figures: {@code employees_women} … {@code employees_total} per
 * headcount, {@code transitions_to_work}, {@code transitions_to_education}, {@code revenue_sek}.
 */
final class CompanyYear {

    /** The flows of a report: summed over the year. */
    static final List<Figure> FLOWS = Figure.ALL.stream().filter(f -> f.stock == null).toList();

    private CompanyYear() {
    }

    /** The column of a company-year row that holds {@code gender}'s part of {@code stock}. */
    static String column(Stock stock, Gender gender) {
        return Figure.of(stock, gender).dbColumn;
    }

    /** The column of a company-year row that holds the total of {@code stock}. */
    static String total(Stock stock) {
        return stock.dbColumn + "_total";
    }

    /** Every column of a company-year row but the company: the parts and total of each headcount, the flows. */
    static List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (Stock s : Stock.required()) {
            for (Gender g : Gender.values()) {
                columns.add(column(s, g));
            }
            columns.add(total(s));
        }
        FLOWS.forEach(f -> columns.add(f.dbColumn));
        return columns;
    }

    /** The participants (work training, rehabilitation, internships) of the row {@code alias}, as a sum. */
    static String participants(String alias) {
        return String.join(" + ", Stock.participantStocks().stream().map(s -> alias + "." + total(s)).toList());
    }

    /**
     * One row per company that reported in the year bound to {@code :yearParam}; with
     * {@code inCounty}, only the companies of the county bound to {@code :county}, restricted
     * before aggregating (see {@code ReportQueries.restrictBeforeGrouping}).
     */
    static String sql(String yearParam, boolean inCounty) {
        String scope = inCounty ? " AND %s IN (SELECT sc.id FROM company sc WHERE "
                + AnnualRowSql.inCounty("sc.municipality_code") + ")" : "";
        StringBuilder s = new StringBuilder("SELECT r.company_id");
        for (Stock st : Stock.required()) {
            List<String> parts = new ArrayList<>();
            for (Gender g : Gender.values()) {
                s.append(", ").append(latestQuarter("r." + column(st, g))).append(" AS ").append(column(st, g));
                parts.add("r." + column(st, g));
            }
            s.append(", ").append(latestQuarter(String.join(" + ", parts))).append(" AS ").append(total(st));
        }
        FLOWS.forEach(f -> s.append(", SUM(r.").append(f.dbColumn).append(") AS ").append(f.dbColumn));
        s.append(" FROM employment_report r"
                + " JOIN (SELECT company_id, MAX(period_quarter) AS q FROM employment_report"
                + " WHERE period_year = :" + yearParam + scope.formatted("company_id") + " GROUP BY company_id) lq"
                + " ON lq.company_id = r.company_id"
                + " WHERE r.period_year = :" + yearParam + scope.formatted("r.company_id")
                + " GROUP BY r.company_id");
        return s.toString();
    }

    /** A headcount is the one of the latest quarter reported in the year. */
    private static String latestQuarter(String value) {
        return "SUM(CASE WHEN r.period_quarter = lq.q THEN " + value + " ELSE 0 END)";
    }
}
