package se.asfregister.report.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * One figure family of a year over every area: a gendered count (women, men, other and their
 * total per area) or a single figure per area. Its relations are the area sums (each area is the
 * sum of its children, per gender and for the total) and, per municipality, women + men + other
 * = total; the gender sums of counties and the nation follow from those, so they add nothing.
 *
 * <p>As a {@link Network}: a node per kept relation plus one outside node; the cell (area, gender)
 * joins the municipality's gender sum (or, above the municipalities, the area's own sum) to its
 * parent's sum for that gender; the nation's cells end outside. A single figure has no gender
 * sum: a municipality's cell joins its county's sum to the outside.
 */
public final class FamilyTable {

    /** Cells per area: women, men, other, total; or the one figure. */
    public enum Shape {
        GENDERED(4),
        SINGLE(1);

        final int cells;

        Shape(int cells) {
            this.cells = cells;
        }

        public int cells() {
            return cells;
        }
    }

    /**
     * One area's cells of the family.
     *
     * @param values the cell values, in the order of {@link Shape}
     * @param contributors the companies (or activities) the cells rest on
     * @param largestTwo the two largest contributions to an amount; null where dominance does not apply
     */
    public record AreaCells(long[] values, long contributors, Long largestTwo) {
    }

    private static final int OUTSIDE = 0;

    /** A zero is priced like a value of this many binary digits. */
    private static final int ZERO_DIGITS = 12;

    private FamilyTable() {
    }

    /**
     * The status of every cell ([area][cell]; null: shown).
     *
     * @param persons whether the cells count persons (small counts apply)
     * @param readers for each company that is the only contributor of some areas, those areas
     */
    public static CellStatus[][] protect(AreaTree tree, Shape shape, boolean persons, AreaCells[] areas,
            List<int[]> readers) {
        int k = shape.cells;
        Cells cells = cells(tree, k, persons, areas);
        List<int[]> readerArcs = new ArrayList<>();
        for (int[] known : readers) {
            int[] r = new int[known.length * k];
            for (int i = 0; i < known.length; i++) {
                for (int c = 0; c < k; c++) {
                    r[i * k + c] = known[i] * k + c;
                }
            }
            readerArcs.add(r);
        }
        CellStatus[] status = Protection.protect(cells.network(), cells.primary(), cells.fixed(), cells.cost(),
                readerArcs).status();
        CellStatus[][] result = new CellStatus[tree.size()][k];
        for (int arc = 0; arc < status.length; arc++) {
            result[arc / k][arc % k] = status[arc];
        }
        return result;
    }

    /** The family's cells as arcs (cell c of area a is arc a * k + c), with their primary status and price. */
    private record Cells(Network network, CellStatus[] primary, boolean[] fixed, long[] cost) {
    }

    private static Cells cells(AreaTree tree, int k, boolean persons, AreaCells[] areas) {
        int[] sumNode = new int[tree.size()];
        int nodes = 1;
        for (int a = 0; a < tree.size(); a++) {
            // an inner area has one sum per cell; a municipality of a gendered family has its gender sum
            sumNode[a] = nodes;
            nodes += tree.leaf(a) ? (k > 1 ? 1 : 0) : k;
        }
        int arcs = tree.size() * k;
        int[] from = new int[arcs];
        int[] to = new int[arcs];
        CellStatus[] primary = new CellStatus[arcs];
        boolean[] fixed = new boolean[arcs];
        long[] cost = new long[arcs];
        for (int a = 0; a < tree.size(); a++) {
            int p = tree.parent(a);
            for (int c = 0; c < k; c++) {
                int arc = a * k + c;
                from[arc] = tree.leaf(a) ? (k > 1 ? sumNode[a] : OUTSIDE) : sumNode[a] + c;
                to[arc] = p < 0 ? OUTSIDE : sumNode[p] + c;
                long value = areas[a].values()[c];
                fixed[arc] = areas[a].contributors() == 0;
                primary[arc] = fixed[arc] ? null : PrimaryRules.status(persons, value, areas[a].contributors(),
                        areas[a].largestTwo());
                cost[arc] = price(value, tree.depth(a));
            }
        }
        return new Cells(new Network(nodes, from, to), primary, fixed, cost);
    }

    /**
     * What hiding a cell costs: more for larger values (about their number of binary digits, so
     * that hiding several small cells beats hiding one large one); a zero as much as a count in
     * the thousands, since it protects little (no count is below 0: hidden cells that must add up
     * to 0 are all 0); and eight times as much per level up the tree, so that county and national
     * totals stay shown where municipalities can protect each other.
     */
    static long price(long value, int depth) {
        long digits = value == 0 ? ZERO_DIGITS : 65 - Long.numberOfLeadingZeros(value);
        return digits << (3 * Math.max(0, 2 - depth));
    }
}
