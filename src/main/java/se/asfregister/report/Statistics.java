package se.asfregister.report;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.asfregister.report.ReportRecords.GoalProgress;
import se.asfregister.report.ReportRecords.ProgressReport;
import se.asfregister.report.disclosure.CellStatus;

/**
 * The annual report and progress as JSON-stat 2.0 datasets, cell for cell the figures of the
 * JSON report (the same table), each hidden cell with its status. Dimensions: area, year,
 * figure and gender for the annual report; area, year, goal and figure for progress.
 */
public final class Statistics {

    /** The area code of the country (the JSON report's null code). */
    static final String COUNTRY = "SE";

    /** Status of a cell that does not exist: a gender of a figure that is not split by gender. */
    static final String NOT_APPLICABLE = "not-applicable";

    static final List<String> GENDERS = List.of("total", "women", "men", "other");

    /** The figures of an annual-report row, gendered ones once: "employees", not "employees.women". */
    static final List<String> FIGURES = ReportQueries.FIGURE_NAMES.stream()
            .map(f -> f.contains(".") ? f.substring(0, f.indexOf('.')) : f).distinct().toList();

    static final List<String> MEASURES = List.of("baselineValue", "currentValue", "targetValue", "expectedValue",
            "achievedShare");

    private Statistics() {
    }

    static Map<String, Object> annual(AnnualReportService.Table t, String county, int year, Locale locale) {
        Map<String, String> areas = new LinkedHashMap<>();
        for (int i = 0; i < t.areas().size(); i++) {
            String code = t.areas().get(i).code();
            areas.put(code == null ? COUNTRY : code, code == null ? StatisticsLabels.label("country", locale)
                    : t.areas().get(i).name());
        }
        List<String> areaCodes = List.copyOf(areas.keySet());
        Map<String, Map<String, Object>> units = new LinkedHashMap<>();
        FIGURES.forEach(f -> units.put(f, JsonStat.ordered("label", StatisticsLabels.label(
                f.equals("revenueSek") ? "unit.sek" : "unit.count", locale), "decimals", 0)));
        List<JsonStat.Dimension> dimensions = List.of(
                new JsonStat.Dimension("area", StatisticsLabels.label("dimension.area", locale), areas),
                new JsonStat.Dimension("year", StatisticsLabels.label("dimension.year", locale),
                        Map.of(Integer.toString(year), Integer.toString(year))),
                new JsonStat.Dimension("figure", StatisticsLabels.label("dimension.figure", locale),
                        StatisticsLabels.labels(FIGURES, "", locale), units),
                new JsonStat.Dimension("gender", StatisticsLabels.label("dimension.gender", locale),
                        StatisticsLabels.labels(GENDERS, "gender.", locale)));
        String label = StatisticsLabels.label("annual", locale) + ", " + areas.get(areaCodes.get(areaCodes.size() - 1))
                + ", " + year;
        return JsonStat.dataset(label, StatisticsLabels.label("source", locale), dimensions, roles(), codes -> {
            int row = areaCodes.indexOf(codes.get(0));
            String figure = codes.get(2);
            String gender = codes.get(3);
            String name = ReportQueries.GENDERED.contains(figure) ? figure + "." + gender : figure;
            if (!ReportQueries.GENDERED.contains(figure) && !gender.equals("total")) {
                return new JsonStat.Cell(null, NOT_APPLICABLE);
            }
            CellStatus status = t.statuses().get(row).get(name);
            return new JsonStat.Cell(AnnualReportService.value(t, row, name), status == null ? null : status.code());
        }, JsonStat.ordered("county", county == null ? COUNTRY : county, "exact", t.exact()));
    }

    static Map<String, Object> progress(ProgressReport p, String countyName, Locale locale) {
        Map<String, String> goals = new LinkedHashMap<>();
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, String> indicators = new LinkedHashMap<>();
        for (GoalProgress g : p.progress()) {
            goals.put(Long.toString(g.goalId()), g.description() == null ? g.indicator().name() : g.description());
            status.put(Long.toString(g.goalId()), g.status().name());
            indicators.put(Long.toString(g.goalId()), g.indicator().name());
        }
        Map<String, Map<String, Object>> units = new LinkedHashMap<>();
        MEASURES.forEach(m -> units.put(m, m.equals("achievedShare")
                ? JsonStat.ordered("label", StatisticsLabels.label("unit.share", locale), "decimals", 4)
                : JsonStat.ordered("label", StatisticsLabels.label("unit.count", locale), "decimals", 2)));
        List<JsonStat.Dimension> dimensions = List.of(
                new JsonStat.Dimension("area", StatisticsLabels.label("dimension.area", locale),
                        Map.of(p.countyCode(), countyName)),
                new JsonStat.Dimension("year", StatisticsLabels.label("dimension.year", locale),
                        Map.of(Integer.toString(p.year()), Integer.toString(p.year()))),
                new JsonStat.Dimension("goal", StatisticsLabels.label("dimension.goal", locale), goals),
                new JsonStat.Dimension("figure", StatisticsLabels.label("dimension.figure", locale),
                        StatisticsLabels.labels(MEASURES, "", locale), units));
        List<String> goalIds = List.copyOf(goals.keySet());
        String label = StatisticsLabels.label("progress", locale) + ", " + countyName + ", " + p.year();
        return JsonStat.dataset(label, StatisticsLabels.label("source", locale), dimensions,
                roles(), codes -> {
                    GoalProgress g = p.progress().get(goalIds.indexOf(codes.get(2)));
                    CellStatus s = g.cellStatus().get(codes.get(3));
                    return new JsonStat.Cell(measure(g, codes.get(3)), s == null ? null : s.code());
                }, JsonStat.ordered("exact", p.exact(), "status", status, "indicator", indicators));
    }

    /** A 200 JSON answer with a dataset, saying in which language its labels are. */
    public static Response response(Map<String, Object> dataset, Locale locale) {
        return Response.ok(dataset, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    private static BigDecimal measure(GoalProgress g, String measure) {
        return switch (measure) {
            case "baselineValue" -> g.baselineValue();
            case "currentValue" -> g.currentValue();
            case "targetValue" -> g.targetValue();
            case "expectedValue" -> g.expectedValue();
            default -> g.achievedShare();
        };
    }

    private static Map<String, Object> roles() {
        return JsonStat.ordered("geo", List.of("area"), "time", List.of("year"), "metric", List.of("figure"));
    }
}
