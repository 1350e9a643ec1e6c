package se.asfregister.report.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.asfregister.report.disclosure.FamilyTable.AreaCells;
import se.asfregister.report.disclosure.FamilyTable.Shape;
import se.asfregister.support.ExactSpan;

/**
 * The rule set on whole tables: primary statuses, and, on thousands of random nations, that no
 * hidden cell can be worked out from the shown ones through any linear relation (exact
 * elimination over the municipalities' unknown sums) — by anyone, nor by a company that is alone
 * in its municipality and knows its own figures.
 */
class FamilyTableTest {

    private static final int W = 0;
    private static final int M = 1;
    private static final int O = 2;
    private static final int T = 3;

    @Test
    void randomGenderedTablesLeaveNoHiddenCellDetermined() {
        for (long seed = 0; seed < 1500; seed++) {
            RandomTable t = new RandomTable(seed, Shape.GENDERED, false);
            assertSafe(t, FamilyTable.protect(t.tree, t.shape, true, t.cells, t.readers()), seed);
        }
    }

    @Test
    void randomSingleFiguresWithDominantCompaniesLeaveNoHiddenCellDetermined() {
        for (long seed = 0; seed < 1500; seed++) {
            RandomTable t = new RandomTable(seed, Shape.SINGLE, true);
            assertSafe(t, FamilyTable.protect(t.tree, t.shape, false, t.cells, t.readers()), seed);
        }
    }

    private static void assertSafe(RandomTable t, CellStatus[][] status, long seed) {
        List<int[]> readers = new ArrayList<>(t.readers());
        readers.add(0, new int[0]);
        for (int[] reader : readers) {
            List<Integer> known = new ArrayList<>();
            for (int area : reader) {
                known.addAll(t.form(area, t.shape.cells() - 1).keySet());
            }
            ExactSpan span = new ExactSpan();
            for (int a = 0; a < t.tree.size(); a++) {
                for (int c = 0; c < t.shape.cells(); c++) {
                    if (status[a][c] == null) {
                        span.add(without(t.form(a, c), known));
                    }
                }
            }
            for (int a = 0; a < t.tree.size(); a++) {
                for (int c = 0; c < t.shape.cells(); c++) {
                    Map<Integer, Long> unknown = without(t.form(a, c), known);
                    if (status[a][c] != null) {
                        assertTrue(!unknown.isEmpty() || !known.isEmpty(), "seed " + seed + ": hides a cell of nothing");
                        assertTrue(unknown.isEmpty() || !span.contains(unknown), "seed " + seed + ": area "
                                + t.tree.code(a) + " cell " + c + " (" + status[a][c] + ") can be worked out by reader "
                                + java.util.Arrays.toString(reader));
                    }
                }
            }
        }
        for (int a = 0; a < t.tree.size(); a++) {
            AreaCells cells = t.cells[a];
            for (int c = 0; c < t.shape.cells(); c++) {
                CellStatus primary = PrimaryRules.status(t.shape == Shape.GENDERED, cells.values()[c],
                        cells.contributors(), cells.largestTwo());
                if (cells.contributors() > 0 && primary != null) {
                    assertEquals(primary, status[a][c], "seed " + seed + " area " + t.tree.code(a));
                }
            }
        }
    }

    private static Map<Integer, Long> without(Map<Integer, Long> form, List<Integer> known) {
        Map<Integer, Long> rest = new TreeMap<>(form);
        rest.keySet().removeAll(known);
        return rest;
    }

    /**
     * Nation > county > Falun (4 companies: women 5, men 1, other 0) and Borlänge (5 companies:
     * 7, 6, 0). Falun's men (1) is a small count; alone in its row (women + men + other = total)
     * and in its column (Falun + Borlänge = county), so further cells go. The cheapest detour is
     * Falun's women (5), Borlänge's women (7) and men (6): a rectangle whose sums stay the same
     * when a reader shifts any amount around it. Not the zeros of "other": hidden cells that add
     * up to the county's 0 would all be 0. Totals stay shown.
     */
    @Test
    void aSmallCountIsProtectedByTheCheapestRectangle() {
        AreaTree tree = new AreaTree();
        int nation = tree.add("SE", -1);
        int county = tree.add("20", nation);
        int falun = tree.add("2080", county);
        int borlange = tree.add("2081", county);
        AreaCells[] cells = new AreaCells[4];
        cells[falun] = new AreaCells(new long[] {5, 1, 0, 6}, 4, null);
        cells[borlange] = new AreaCells(new long[] {7, 6, 0, 13}, 5, null);
        cells[county] = new AreaCells(new long[] {12, 7, 0, 19}, 9, null);
        cells[nation] = cells[county];
        CellStatus[][] s = FamilyTable.protect(tree, Shape.GENDERED, true, cells, List.of());
        assertEquals(CellStatus.SMALL_COUNT, s[falun][M]);
        assertArrayEquals(new CellStatus[] {CellStatus.SECONDARY, CellStatus.SMALL_COUNT, null, null}, s[falun]);
        assertArrayEquals(new CellStatus[] {CellStatus.SECONDARY, CellStatus.SECONDARY, null, null}, s[borlange]);
        assertArrayEquals(new CellStatus[4], s[county]);
        assertArrayEquals(new CellStatus[4], s[nation]);
    }

    /**
     * A municipality of one company hides all its cells (few companies), and its partner
     * municipality cannot lean on it alone: that company knows its own cells, so against it the
     * other municipality's hidden cells need protection that does not pass through them.
     */
    @Test
    void aLoneCompanyCannotUnlockItsNeighbours() {
        AreaTree tree = new AreaTree();
        int nation = tree.add("SE", -1);
        int county = tree.add("20", nation);
        int alone = tree.add("2062", county);
        int crowded = tree.add("2080", county);
        int third = tree.add("2081", county);
        AreaCells[] cells = new AreaCells[5];
        cells[alone] = new AreaCells(new long[] {4, 5, 0, 9}, 1, null);
        cells[crowded] = new AreaCells(new long[] {20, 2, 0, 22}, 6, null);
        cells[third] = new AreaCells(new long[] {10, 12, 0, 22}, 5, null);
        cells[county] = new AreaCells(new long[] {34, 19, 0, 53}, 12, null);
        cells[nation] = cells[county];
        CellStatus[][] s = FamilyTable.protect(tree, Shape.GENDERED, true, cells,
                List.<int[]>of(new int[] {alone}));
        assertArrayEquals(new CellStatus[] {CellStatus.FEW_COMPANIES, CellStatus.FEW_COMPANIES,
                CellStatus.FEW_COMPANIES, CellStatus.FEW_COMPANIES}, s[alone]);
        assertEquals(CellStatus.SMALL_COUNT, s[crowded][M]);
        // against the lone company, the crowded municipality's small count is protected by the third one
        assertTrue(s[third][W] != null || s[third][M] != null || s[third][T] != null, java.util.Arrays.deepToString(s));
    }

    @Test
    void cellsOfNoContributorAreShownAndNeverUsedAsCover() {
        AreaTree tree = new AreaTree();
        int nation = tree.add("SE", -1);
        int county = tree.add("20", nation);
        int empty = tree.add("2062", county);
        int only = tree.add("2080", county);
        AreaCells[] cells = new AreaCells[4];
        cells[empty] = new AreaCells(new long[] {0}, 0, 0L);
        cells[only] = new AreaCells(new long[] {900}, 2, 800L);
        cells[county] = cells[only];
        cells[nation] = cells[only];
        CellStatus[][] s = FamilyTable.protect(tree, Shape.SINGLE, false, cells, List.of());
        assertNull(s[empty][0]);
        // the municipality is the county and the nation: all three rest on two companies
        assertEquals(CellStatus.FEW_COMPANIES, s[only][0]);
        assertEquals(CellStatus.FEW_COMPANIES, s[county][0]);
        assertEquals(CellStatus.FEW_COMPANIES, s[nation][0]);
    }

    @Test
    void pricesGrowWithValueAndLevel() {
        assertTrue(FamilyTable.price(1, 2) < FamilyTable.price(100, 2));
        assertTrue(FamilyTable.price(100, 2) < FamilyTable.price(0, 2));
        assertTrue(FamilyTable.price(100, 2) < FamilyTable.price(1, 1));
        assertTrue(FamilyTable.price(0, 2) < FamilyTable.price(0, 1));
        assertTrue(FamilyTable.price(1000, 1) < FamilyTable.price(1, 0));
    }
}
