package se.asfregister.employment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.asfregister.web.ApiException;
import se.asfregister.web.Params;
import se.asfregister.web.Where;

/**
 * The filters of the cross-company list and export. {@code companies} is the set a REPORTER
 * may read (empty optional: everything), applied on top of the caller's own filters.
 */
record ReportFilter(Long companyId, String municipality, String county, Integer year, String period,
        String fromPeriod, String toPeriod, Optional<Set<Long>> companies) {

    static ReportFilter parse(String companyId, String municipality, String county, String year, String period,
            String fromPeriod, String toPeriod, Optional<Set<Long>> readable) {
        ReportFilter f = new ReportFilter(
                Params.optionalId("companyId", companyId),
                Params.optionalCode("municipality", municipality, 4),
                Params.optionalCode("county", county, 2),
                Params.optionalInt("year", year, Period.FIRST_YEAR, 9999),
                Period.optionalFilter("period", period),
                Period.optionalFilter("fromPeriod", fromPeriod),
                Period.optionalFilter("toPeriod", toPeriod),
                readable);
        if (f.fromPeriod != null && f.toPeriod != null && f.fromPeriod.compareTo(f.toPeriod) > 0) {
            throw ApiException.invalid("toPeriod", "must not be before fromPeriod");
        }
        return f;
    }

    /** HQL over {@link EmploymentReport}. */
    Where where() {
        return new Where()
                .and("companyId = :companyId", "companyId", companyId)
                .and("companyId in (select c.id from Company c where c.municipalityCode = :municipality)",
                        "municipality", municipality)
                .and("companyId in (select c.id from Company c where c.municipalityCode in "
                        + "(select m.code from Municipality m where m.countyCode = :county))", "county", county)
                .and("periodYear = :year", "year", year)
                .and("period = :period", "period", period)
                .and("period >= :fromPeriod", "fromPeriod", fromPeriod)
                .and("period <= :toPeriod", "toPeriod", toPeriod)
                .andIf(companies.isPresent() && companies.get().isEmpty(), "1 = 0")
                .and("companyId in :readable", "readable",
                        companies.filter(s -> !s.isEmpty()).orElse(null));
    }

    /** The same filters as SQL over {@code employment_report r join company c}, with positional parameters. */
    Sql sql() {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (companyId != null) {
            clauses.add("r.company_id = ?");
            params.add(companyId);
        }
        if (municipality != null) {
            clauses.add("c.municipality_code = ?");
            params.add(municipality);
        }
        if (county != null) {
            clauses.add("c.municipality_code IN (SELECT m.code FROM municipality m WHERE m.county_code = ?)");
            params.add(county);
        }
        if (year != null) {
            clauses.add("r.period_year = ?");
            params.add(year);
        }
        if (period != null) {
            clauses.add("r.period = ?");
            params.add(period);
        }
        if (fromPeriod != null) {
            clauses.add("r.period >= ?");
            params.add(fromPeriod);
        }
        if (toPeriod != null) {
            clauses.add("r.period <= ?");
            params.add(toPeriod);
        }
        if (companies.isPresent()) {
            if (companies.get().isEmpty()) {
                clauses.add("1 = 0");
            } else {
                clauses.add("r.company_id IN (" + String.join(",", companies.get().stream().map(x -> "?").toList())
                        + ")");
                params.addAll(companies.get());
            }
        }
        return new Sql(clauses.isEmpty() ? "1 = 1" : String.join(" AND ", clauses), params);
    }

    record Sql(String where, List<Object> params) {
    }
}
