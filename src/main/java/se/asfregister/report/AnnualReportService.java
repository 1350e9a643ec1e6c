package se.asfregister.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.asfregister.area.County;
import se.asfregister.goal.GoalService;
import se.asfregister.report.ReportQueries.AreaFigures;
import se.asfregister.report.ReportRecords.AnnualReport;
import se.asfregister.report.ReportRecords.AreaRow;
import se.asfregister.report.ReportRecords.Gendered;
import se.asfregister.report.ReportRecords.Level;
import se.asfregister.security.CompanyAccess;

/** The annual report: per municipality of a county (or per county) plus the total, suppressed for the public. */
@ApplicationScoped
public class AnnualReportService {

    /** Figure name groups tied by women + men + other = total, for the secondary suppression. */
    static final List<List<String>> GROUPS = ReportQueries.GENDERED.stream()
            .map(g -> List.of(g + ".women", g + ".men", g + ".other", g + ".total")).toList();

    @Inject
    ReportQueries queries;

    @Inject
    ProgressService progress;

    @Inject
    GoalService goals;

    @Inject
    CompanyAccess access;

    /** A table of figures ready for JSON or CSV: the rows, then the total as the last row. */
    record Table(List<Level> levels, List<AreaFigures> areas, Set<Suppression.Cell> hidden) {
    }

    public AnnualReport report(String county, int year) {
        boolean exact = access.seesExactAggregates();
        Table t = table(county, year, exact);
        List<AreaRow> rows = new ArrayList<>();
        for (int i = 0; i < t.areas().size(); i++) {
            rows.add(row(t, i));
        }
        AreaRow total = rows.remove(rows.size() - 1);
        var goalProgress = county == null ? List.<ReportRecords.GoalProgress>of()
                : progress.progress(goals.ofCounty(county), year, exact);
        return new AnnualReport(year, county, exact, rows, total, goalProgress);
    }

    Table table(String county, int year, boolean exact) {
        List<AreaFigures> areas = new ArrayList<>(county == null ? queries.counties(year)
                : queries.municipalities(county, year));
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
        Set<Suppression.Cell> hidden = exact ? Set.of()
                : Suppression.suppress(areas.stream().map(AreaFigures::figures).toList(), GROUPS,
                        ReportQueries.PERSON_FIGURES, areas.size() - 1);
        return new Table(levels, areas, hidden);
    }

    /** A figure as published: null when hidden. */
    static Long value(Table t, int row, String figure) {
        return t.hidden().contains(new Suppression.Cell(row, figure)) ? null : t.areas().get(row).figures().get(figure);
    }

    private static AreaRow row(Table t, int i) {
        AreaFigures a = t.areas().get(i);
        return new AreaRow(t.levels().get(i), a.code(), a.name(), value(t, i, "activeCompanies"),
                value(t, i, "companiesMeetingCriteria"), value(t, i, "reportingCompanies"),
                gendered(t, i, "employees"), gendered(t, i, "employeesWithWageSubsidy"),
                gendered(t, i, "workTraining"), gendered(t, i, "rehabilitation"), gendered(t, i, "internships"),
                value(t, i, "transitionsToWork"), value(t, i, "transitionsToEducation"), value(t, i, "revenueSek"),
                value(t, i, "csrCollaborations"), value(t, i, "policiesInForce"), value(t, i, "activities"),
                gendered(t, i, "activityParticipants"),
                Suppression.hiddenIn(i, t.hidden(), ReportQueries.FIGURE_NAMES));
    }

    private static Gendered gendered(Table t, int i, String group) {
        return new Gendered(value(t, i, group + ".women"), value(t, i, group + ".men"), value(t, i, group + ".other"),
                value(t, i, group + ".total"));
    }
}
