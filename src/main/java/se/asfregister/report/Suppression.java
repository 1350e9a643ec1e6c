package se.asfregister.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-count suppression for public aggregates (docs/reporting.md, "Suppression of small
 * counts"). Pure: works on a table of person counts and answers which cells to hide.
 *
 * <p>Primary: a count of persons from 1 to {@link #MAX_SUPPRESSED} is hidden. Secondary: the
 * cells tied by one sum (women + men + other = total within a row; the rows of a column =
 * the total row) are a <em>relation</em>; no relation may keep exactly one hidden cell, since
 * that cell would be the relation's sum minus the visible cells. Where one is hidden, the
 * smallest non-zero visible cell of the relation is hidden too (a zero only when nothing else
 * is left), repeated until every relation holds none or at least two hidden cells.
 */
public final class Suppression {

    /** Counts of persons 1..MAX_SUPPRESSED are hidden; 0 and 3 or more are shown. */
    public static final int MAX_SUPPRESSED = 2;

    private Suppression() {
    }

    /** One cell of a table: a row (0-based, the total row included) and a figure name such as "employees.women". */
    public record Cell(int row, String figure) {
    }

    public static boolean small(Long value) {
        return value != null && value >= 1 && value <= MAX_SUPPRESSED;
    }

    /**
     * The cells to hide.
     *
     * @param rows the figures of each row (the total row, if any, included), by figure name
     * @param groups figure names tied within a row; each group lists the parts and last its total
     * @param personFigures every figure that counts persons (only these are ever hidden)
     * @param totalRow index of the row that is the sum of all other rows, or -1 for none
     */
    public static Set<Cell> suppress(List<Map<String, Long>> rows, List<List<String>> groups,
            Collection<String> personFigures, int totalRow) {
        Set<Cell> hidden = new LinkedHashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            for (String f : personFigures) {
                if (small(rows.get(r).get(f))) {
                    hidden.add(new Cell(r, f));
                }
            }
        }
        List<List<Cell>> relations = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (List<String> group : groups) {
                List<Cell> rel = new ArrayList<>();
                for (String f : group) {
                    rel.add(new Cell(r, f));
                }
                relations.add(rel);
            }
        }
        if (totalRow >= 0) {
            for (String f : personFigures) {
                List<Cell> rel = new ArrayList<>();
                for (int r = 0; r < rows.size(); r++) {
                    rel.add(new Cell(r, f));
                }
                relations.add(rel);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Cell> rel : relations) {
                if (rel.stream().filter(hidden::contains).count() == 1) {
                    Cell next = nextSmallest(rel, hidden, rows);
                    if (next != null) {
                        hidden.add(next);
                        changed = true;
                    }
                }
            }
        }
        return hidden;
    }

    /** The visible cell of the relation to hide next: smallest non-zero, first in order on ties. */
    private static Cell nextSmallest(List<Cell> relation, Set<Cell> hidden, List<Map<String, Long>> rows) {
        Cell best = null;
        long bestKey = Long.MAX_VALUE;
        for (Cell c : relation) {
            if (hidden.contains(c)) {
                continue;
            }
            Long v = rows.get(c.row()).get(c.figure());
            long value = v == null ? 0 : v;
            // zeros last: hiding a zero beside a hidden 1 leaves the pair's sum 1, which protects nothing
            long key = value == 0 ? Long.MAX_VALUE - 1 : value;
            if (key < bestKey) {
                best = c;
                bestKey = key;
            }
        }
        return best;
    }

    /** The hidden figure names of one row, in the given order. */
    public static List<String> hiddenIn(int row, Set<Cell> hidden, Collection<String> order) {
        Set<String> names = new HashSet<>();
        for (Cell c : hidden) {
            if (c.row() == row) {
                names.add(c.figure());
            }
        }
        return order.stream().filter(names::contains).toList();
    }
}
