package se.asfregister.employment;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.asfregister.web.AreaParams;
import se.asfregister.web.Params;
import se.asfregister.web.Ranges;
import se.asfregister.web.Where;

/**
 * The filters of the cross-company list and export. {@code companies} is the set a REPORTER
 * may read (empty optional: everything), applied on top of the caller's own filters.
 */
record ReportFilter(Long companyId, String municipality, String county, Integer year, String period,
        String fromPeriod, String toPeriod, Optional<Set<Long>> companies) {

    /** The list's query parameters as sent: one declaration for the JSON list and the CSV and Excel export. */
    record Query(
            @QueryParam("companyId") String companyId,
            @BeanParam AreaParams area,
            @QueryParam("year") String year,
            @QueryParam("period") String period,
            @QueryParam("fromPeriod") String fromPeriod,
            @QueryParam("toPeriod") String toPeriod) {

        /** The filters, parsed, within what the caller may read; a 400 naming the parameter for a bad value. */
        ReportFilter filter(Optional<Set<Long>> readable) {
            ReportFilter f = new ReportFilter(
                    Params.optionalId("companyId", companyId),
                    area.municipalityCode(),
                    area.countyCode(),
                    Params.optionalInt("year", year, Period.FIRST_YEAR, 9999),
                    Period.optionalFilter("period", period),
                    Period.optionalFilter("fromPeriod", fromPeriod),
                    Period.optionalFilter("toPeriod", toPeriod),
                    readable);
            Ranges.requireOrdered("fromPeriod", f.fromPeriod, "toPeriod", f.toPeriod);
            return f;
        }
    }

    /**
     * One condition of the filter, written once: the parameter it binds, and how it reads in HQL
     * over {@link EmploymentReport} (the JSON list) and in SQL over
     * {@code employment_report r JOIN company c} (the CSV export). Both renderings come from the
     * one list in {@link #conditions()}, so a filter cannot apply to one and not the other.
     */
    record Condition(String param, Object value, String hql, String sql) {
    }

    /** The conditions this filter sets, the reporter's restriction included. */
    List<Condition> conditions() {
        List<Condition> c = new ArrayList<>();
        add(c, "companyId", companyId, "companyId = :companyId", "r.company_id = :companyId");
        add(c, "municipality", municipality,
                "companyId in (select c.id from Company c where c.municipalityCode = :municipality)",
                "c.municipality_code = :municipality");
        add(c, "county", county, "companyId in (select c.id from Company c where c.municipalityCode in "
                + "(select m.code from Municipality m where m.countyCode = :county))",
                "c.municipality_code IN (SELECT m.code FROM municipality m WHERE m.county_code = :county)");
        add(c, "year", year, "periodYear = :year", "r.period_year = :year");
        add(c, "period", period, "period = :period", "r.period = :period");
        add(c, "fromPeriod", fromPeriod, "period >= :fromPeriod", "r.period >= :fromPeriod");
        add(c, "toPeriod", toPeriod, "period <= :toPeriod", "r.period <= :toPeriod");
        companies.ifPresent(readable -> {
            if (readable.isEmpty()) {
                c.add(new Condition(null, null, "1 = 0", "1 = 0"));
            } else {
                add(c, "readable", readable, "companyId in :readable", "r.company_id IN (:readable)");
            }
        });
        return c;
    }

    private static void add(List<Condition> c, String param, Object value, String hql, String sql) {
        if (value != null) {
            c.add(new Condition(param, value, hql, sql));
        }
    }

    /** The conditions in HQL over {@link EmploymentReport}. */
    Where where() {
        Where where = new Where();
        for (Condition c : conditions()) {
            if (c.param() == null) {
                where.andIf(true, c.hql());
            } else {
                where.and(c.hql(), c.param(), c.value());
            }
        }
        return where;
    }

    /** The conditions in SQL over {@code employment_report r JOIN company c}, with positional parameters. */
    Sql sql() {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Condition c : conditions()) {
            if (c.param() == null) {
                clauses.add(c.sql());
            } else if (c.value() instanceof Collection<?> values) {
                clauses.add(c.sql().replace(":" + c.param(), String.join(",", Collections.nCopies(values.size(), "?"))));
                params.addAll(values);
            } else {
                clauses.add(c.sql().replace(":" + c.param(), "?"));
                params.add(c.value());
            }
        }
        return new Sql(clauses.isEmpty() ? "1 = 1" : String.join(" AND ", clauses), params);
    }

    record Sql(String where, List<Object> params) {
    }
}
