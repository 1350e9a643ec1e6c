package se.asfregister.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import se.asfregister.area.County;
import se.asfregister.goal.GoalService;
import se.asfregister.report.ReportQueries.AreaFigures;
import se.asfregister.report.ReportRecords.AnnualReport;
import se.asfregister.report.ReportRecords.AreaRow;
import se.asfregister.report.ReportRecords.Gendered;
import se.asfregister.report.ReportRecords.Level;
import se.asfregister.report.disclosure.CellStatus;
import se.asfregister.security.CompanyAccess;

/**
 * The annual report: per municipality of a county (or per county) plus the total. Exact for
 * ANALYST and ADMIN; for everyone else the cells of {@link PublicFigures}, which every public
 * output of the year shares.
 */
@ApplicationScoped
public class AnnualReportService {

    @Inject
    ReportQueries queries;

    @Inject
    ProgressService progress;

    @Inject
    GoalService goals;

    @Inject
    CompanyAccess access;

    @Inject
    KeptFigures kept;

    /** A table of figures ready for JSON, CSV or JSON-stat: the rows, then the total as the last row. */
    record Table(List<Level> levels, List<AreaFigures> areas, List<Map<String, CellStatus>> statuses, boolean exact) {
    }

    public AnnualReport report(String county, int year) {
        IntFunction<PublicYear> publicYears = progress.publicYears(access.seesExactAggregates());
        Table t = table(county, year, publicYears);
        List<AreaRow> rows = new ArrayList<>();
        for (int i = 0; i < t.areas().size(); i++) {
            rows.add(row(t, i));
        }
        AreaRow total = rows.remove(rows.size() - 1);
        var goalProgress = county == null ? List.<ReportRecords.GoalProgress>of()
                : progress.progress(goals.ofCounty(county), year, publicYears);
        return new AnnualReport(year, county, publicYears == null, rows, total, goalProgress);
    }

    /** The table as the current caller may see it. */
    public Table table(String county, int year) {
        return table(county, year, progress.publicYears(access.seesExactAggregates()));
    }

    private Table table(String county, int year, IntFunction<PublicYear> publicYears) {
        return publicYears == null ? exact(county, year) : shown(county, publicYears.apply(year));
    }

    private Table exact(String county, int year) {
        List<AreaFigures> areas = new ArrayList<>(county == null
                ? kept.get(List.of("counties", year), () -> queries.counties(year))
                : kept.get(List.of("municipalities", county, year), () -> queries.municipalities(county, year)));
        List<Level> levels = new ArrayList<>();
        areas.forEach(a -> levels.add(county == null ? Level.COUNTY : Level.MUNICIPALITY));
        // each company, collaboration, policy and activity lies in exactly one municipality: the total is the sum
        Map<String, Long> sums = new LinkedHashMap<>();
        for (String f : ReportQueries.FIGURE_NAMES) {
            sums.put(f, areas.stream().mapToLong(a -> a.figures().get(f)).sum());
        }
        if (county == null) {
            areas.add(new AreaFigures(null, "Sverige", sums));
            levels.add(Level.NATIONAL);
        } else {
            County c = County.findById(county);
            areas.add(new AreaFigures(county, c.name, sums));
            levels.add(Level.COUNTY);
        }
        List<Map<String, CellStatus>> statuses = new ArrayList<>();
        areas.forEach(a -> statuses.add(Map.of()));
        return new Table(levels, areas, statuses, true);
    }

    private static Table shown(String county, PublicYear y) {
        List<AreaFigures> areas = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        List<Map<String, CellStatus>> statuses = new ArrayList<>();
        for (String code : y.children(county)) {
            areas.add(y.area(code));
            levels.add(county == null ? Level.COUNTY : Level.MUNICIPALITY);
            statuses.add(y.statuses(code));
        }
        areas.add(y.area(county));
        levels.add(county == null ? Level.NATIONAL : Level.COUNTY);
        statuses.add(y.statuses(county));
        return new Table(levels, areas, statuses, false);
    }

    /** A figure as published: null when hidden. */
    static Long value(Table t, int row, String figure) {
        return t.statuses().get(row).containsKey(figure) ? null : t.areas().get(row).figures().get(figure);
    }

    private static AreaRow row(Table t, int i) {
        AreaFigures a = t.areas().get(i);
        Map<String, CellStatus> status = new LinkedHashMap<>();
        ReportQueries.FIGURE_NAMES.stream().filter(t.statuses().get(i)::containsKey)
                .forEach(f -> status.put(f, t.statuses().get(i).get(f)));
        return new AreaRow(t.levels().get(i), a.code(), a.name(), value(t, i, "activeCompanies"),
                value(t, i, "companiesMeetingCriteria"), value(t, i, "reportingCompanies"),
                gendered(t, i, "employees"), gendered(t, i, "employeesWithWageSubsidy"),
                gendered(t, i, "workTraining"), gendered(t, i, "rehabilitation"), gendered(t, i, "internships"),
                value(t, i, "transitionsToWork"), value(t, i, "transitionsToEducation"), value(t, i, "revenueSek"),
                value(t, i, "csrCollaborations"), value(t, i, "policiesInForce"), value(t, i, "activities"),
                gendered(t, i, "activityParticipants"), List.copyOf(status.keySet()), status);
    }

    private static Gendered gendered(Table t, int i, String group) {
        return new Gendered(value(t, i, group + ".women"), value(t, i, group + ".men"), value(t, i, group + ".other"),
                value(t, i, group + ".total"));
    }
}
