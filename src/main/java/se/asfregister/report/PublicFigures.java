package se.asfregister.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.asfregister.area.County;
import se.asfregister.report.ReportQueries.AreaFigures;
import se.asfregister.report.disclosure.AreaTree;
import se.asfregister.report.disclosure.CellStatus;
import se.asfregister.report.disclosure.FamilyTable;
import se.asfregister.report.disclosure.FamilyTable.AreaCells;

/**
 * The disclosure rule set applied to a year (docs/reporting.md, "Disclosure control"): every
 * municipality's figures in one query, summed to counties and the country, and each
 * {@link FigureFamily} protected over the whole country at once, so that every public output of
 * the year (national report, each county's report, progress) shows the same cells.
 *
 * <p>A year's figures are kept until a write changes what they are computed from
 * ({@link KeptFigures}): computing them reads every report of the year in the country, which a
 * county report with its progress would otherwise do for two years on every request
 * (docs/performance.md, "Disclosure control: what it costs").
 */
@ApplicationScoped
public class PublicFigures {

    /** The country's code in the area tree. */
    static final String NATION = LargestRevenues.NATION;

    @Inject
    ReportQueries queries;

    @Inject
    LargestRevenues revenues;

    @Inject
    KeptFigures kept;

    public PublicYear year(int year) {
        return kept.get(List.of("public", year), () -> compute(year));
    }

    private PublicYear compute(int year) {
        List<AreaFigures> municipalities = queries.allMunicipalities(year);
        AreaTree tree = new AreaTree();
        List<AreaFigures> areas = new ArrayList<>();
        areas.add(null);
        int nation = tree.add(NATION, -1);
        Map<String, Integer> counties = new HashMap<>();
        for (County c : County.<County>listAll().stream().sorted(Comparator.comparing(c -> c.code)).toList()) {
            counties.put(c.code, tree.add(c.code, nation));
            areas.add(new AreaFigures(c.code, c.name, null));
        }
        for (AreaFigures m : municipalities) {
            tree.add(m.code(), counties.get(m.code().substring(0, 2)));
            areas.add(m);
        }
        for (int a = tree.size() - 1; a >= 0; a--) {
            if (!tree.leaf(a)) {
                AreaFigures area = areas.get(a);
                areas.set(a, new AreaFigures(area == null ? null : area.code(), area == null ? "Sverige" : area.name(),
                        sum(tree.children(a).stream().map(areas::get).toList())));
            }
        }
        return new PublicYear(year, tree, areas, statuses(tree, areas, revenues.of(year)));
    }

    private static Map<String, Long> sum(List<AreaFigures> parts) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (String f : ReportQueries.FIGURE_NAMES) {
            sums.put(f, parts.stream().mapToLong(p -> p.figures().get(f)).sum());
        }
        return sums;
    }

    private static List<Map<String, CellStatus>> statuses(AreaTree tree, List<AreaFigures> areas,
            Map<String, Long> largestTwo) {
        List<Map<String, CellStatus>> statuses = new ArrayList<>();
        areas.forEach(a -> statuses.add(new HashMap<>()));
        List<int[]> companiesAlone = companiesAlone(tree, areas);
        for (FigureFamily family : FigureFamily.values()) {
            List<String> figures = family.figures();
            AreaCells[] cells = new AreaCells[tree.size()];
            for (int a = 0; a < tree.size(); a++) {
                Map<String, Long> f = areas.get(a).figures();
                cells[a] = new AreaCells(figures.stream().mapToLong(f::get).toArray(), f.get(family.contributors),
                        family == FigureFamily.REVENUE ? largestTwo.getOrDefault(tree.code(a), 0L) : null);
            }
            CellStatus[][] status = FamilyTable.protect(tree, family.shape, family.persons, cells,
                    family.companies() ? companiesAlone : List.of());
            for (int a = 0; a < tree.size(); a++) {
                for (int c = 0; c < figures.size(); c++) {
                    if (status[a][c] != null) {
                        statuses.get(a).put(figures.get(c), status[a][c]);
                    }
                }
            }
        }
        return statuses;
    }

    /**
     * For each municipality where one company reported: that company and the areas it is alone in
     * (its municipality, and its county and the country if no other company reported there). It
     * knows those cells exactly, so they protect nothing from it.
     */
    private static List<int[]> companiesAlone(AreaTree tree, List<AreaFigures> areas) {
        List<int[]> readers = new ArrayList<>();
        for (int m = 0; m < tree.size(); m++) {
            if (tree.leaf(m) && reporting(areas.get(m)) == 1) {
                List<Integer> alone = new ArrayList<>();
                for (int a = m; a >= 0 && reporting(areas.get(a)) == 1; a = tree.parent(a)) {
                    alone.add(a);
                }
                readers.add(alone.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return readers;
    }

    private static long reporting(AreaFigures area) {
        return area.figures().get("reportingCompanies");
    }
}
