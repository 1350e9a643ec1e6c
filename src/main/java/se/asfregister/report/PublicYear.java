package se.asfregister.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import se.asfregister.report.ReportQueries.AreaFigures;
import se.asfregister.report.disclosure.AreaTree;
import se.asfregister.report.disclosure.CellStatus;

/**
 * One year's figures of every area (the country, its counties and municipalities) with the
 * status of each hidden cell: what every public output of that year shows. A county's row in the
 * national report and the total of its county report are the same cell, so they are hidden alike.
 * Unmodifiable: requests share it until the figures change ({@link PublicFigures}).
 */
public final class PublicYear {

    private final int year;
    private final AreaTree tree;
    private final List<AreaFigures> areas;
    private final List<Map<String, CellStatus>> statuses;

    PublicYear(int year, AreaTree tree, List<AreaFigures> areas, List<Map<String, CellStatus>> statuses) {
        this.year = year;
        this.tree = tree;
        this.areas = areas.stream().map(a -> new AreaFigures(a.code(), a.name(),
                Collections.unmodifiableMap(a.figures()))).toList();
        this.statuses = statuses.stream().map(Collections::unmodifiableMap).toList();
    }

    public int year() {
        return year;
    }

    /** The area with this municipality or county code; null for the country. */
    public AreaFigures area(String code) {
        return areas.get(index(code));
    }

    /** Hidden cells of the area by figure name, with why. */
    public Map<String, CellStatus> statuses(String code) {
        return statuses.get(index(code));
    }

    /** The figure as published: null when hidden. */
    public Long shown(String code, String figure) {
        return statuses(code).containsKey(figure) ? null : area(code).figures().get(figure);
    }

    public CellStatus status(String code, String figure) {
        return statuses(code).get(figure);
    }

    /** The counties, or the municipalities of one county, by code. */
    public List<String> children(String code) {
        List<String> codes = new ArrayList<>();
        tree.children(index(code)).forEach(c -> codes.add(tree.code(c)));
        return codes;
    }

    private int index(String code) {
        int i = tree.indexOf(code == null ? PublicFigures.NATION : code);
        if (i < 0) {
            throw new IllegalArgumentException("no area " + code);
        }
        return i;
    }
}
