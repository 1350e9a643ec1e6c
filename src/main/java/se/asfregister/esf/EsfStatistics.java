package se.asfregister.esf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.asfregister.esf.EsfRecords.EsfReport;
import se.asfregister.esf.EsfRecords.IndicatorFigures;
import se.asfregister.report.JsonStat;
import se.asfregister.report.StatisticsLabels;
import se.asfregister.report.disclosure.CellStatus;
import se.asfregister.web.Languages;

/**
 * The ESF report as a JSON-stat 2.0 dataset, cell for cell the JSON report: dimensions area
 * (the county, "project-{id}" or SE), year, indicator (labelled with its code where it has
 * one) and gender; each hidden cell with its status, as the annual report's datasets.
 */
final class EsfStatistics {

    static final List<String> GENDERS = List.of("total", "women", "men", "nonBinary");

    private EsfStatistics() {
    }

    static Map<String, Object> dataset(EsfReport r, Locale locale) {
        String area = r.county() != null ? r.county() : r.project() != null ? "project-" + r.project() : "SE";
        Map<String, String> indicators = new LinkedHashMap<>();
        Map<String, Map<String, Object>> units = new LinkedHashMap<>();
        for (IndicatorFigures f : r.indicators()) {
            String name = Languages.swedish(locale) ? f.nameSv() : f.nameEn();
            indicators.put(f.key(), f.code() == null ? name : f.code() + " " + name);
            units.put(f.key(), JsonStat.ordered("label", StatisticsLabels.label("unit.count", locale), "decimals", 0));
        }
        List<JsonStat.Dimension> dimensions = List.of(
                new JsonStat.Dimension("area", StatisticsLabels.label("dimension.area", locale), Map.of(area, area)),
                new JsonStat.Dimension("year", StatisticsLabels.label("dimension.year", locale),
                        Map.of(Integer.toString(r.year()), Integer.toString(r.year()))),
                new JsonStat.Dimension("indicator", StatisticsLabels.label("dimension.indicator", locale), indicators,
                        units),
                new JsonStat.Dimension("gender", StatisticsLabels.label("dimension.gender", locale),
                        StatisticsLabels.labels(GENDERS, "gender.", locale)));
        List<String> keys = List.copyOf(indicators.keySet());
        String label = StatisticsLabels.label("esf", locale) + ", " + area + ", " + r.year();
        return JsonStat.dataset(label, StatisticsLabels.label("source", locale), dimensions,
                JsonStat.ordered("geo", List.of("area"), "time", List.of("year"), "metric", List.of("indicator")),
                codes -> {
                    IndicatorFigures f = r.indicators().get(keys.indexOf(codes.get(2)));
                    CellStatus s = f.status().get(codes.get(3));
                    return new JsonStat.Cell(value(f, codes.get(3)), s == null ? null : s.code());
                }, JsonStat.ordered("exact", r.exact()));
    }

    static Long value(IndicatorFigures f, String gender) {
        return switch (gender) {
            case "women" -> f.women();
            case "men" -> f.men();
            case "nonBinary" -> f.nonBinary();
            default -> f.total();
        };
    }
}
