package se.asfregister.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.asfregister.report.Suppression.Cell;

/** The suppression rule on its own: primary, secondary within a row, across rows, and the invariant. */
class SuppressionTest {

    private static final List<List<String>> GROUP = List.of(List.of("w", "m", "o", "t"));
    private static final List<String> PERSONS = List.of("w", "m", "o", "t", "n");

    private static Map<String, Long> row(long w, long m, long o, long n) {
        Map<String, Long> r = new LinkedHashMap<>();
        r.put("w", w);
        r.put("m", m);
        r.put("o", o);
        r.put("t", w + m + o);
        r.put("n", n);
        return r;
    }

    private static Map<String, Long> sum(List<Map<String, Long>> rows) {
        Map<String, Long> total = new LinkedHashMap<>();
        rows.forEach(r -> r.forEach((k, v) -> total.merge(k, v, Long::sum)));
        return total;
    }

    @Test
    void onlyOneAndTwoAreSmall() {
        assertFalse(Suppression.small(0L));
        assertTrue(Suppression.small(1L));
        assertTrue(Suppression.small(2L));
        assertFalse(Suppression.small(3L));
        assertFalse(Suppression.small(null));
    }

    @Test
    void nothingSmallNothingHidden() {
        assertEquals(Set.of(), Suppression.suppress(List.of(row(5, 0, 3, 7)), GROUP, PERSONS, -1));
    }

    @Test
    void aLoneSmallCellTakesTheNextSmallestNonZeroCellOfItsGroup() {
        // w=1 primary; without more, w = t - m - o. The next smallest non-zero is o=4 (m=9, t=14); n=0 stays.
        Set<Cell> hidden = Suppression.suppress(List.of(row(1, 9, 4, 0)), GROUP, PERSONS, -1);
        assertEquals(Set.of(new Cell(0, "w"), new Cell(0, "o")), hidden);
    }

    @Test
    void aZeroIsTakenOnlyWhenNothingElseIsLeft() {
        // w=2 and t=2 are both primary: two hidden already, nothing more needed
        assertEquals(Set.of(new Cell(0, "w"), new Cell(0, "t")),
                Suppression.suppress(List.of(row(2, 0, 0, 0)), GROUP, PERSONS, -1));
    }

    @Test
    void twoSmallCellsNeedNoSecondary() {
        assertEquals(Set.of(new Cell(0, "w"), new Cell(0, "o")),
                Suppression.suppress(List.of(row(1, 9, 2, 5)), GROUP, PERSONS, -1));
    }

    @Test
    void ungroupedFiguresAreHiddenAloneWithoutATotalRow() {
        assertEquals(Set.of(new Cell(0, "n")), Suppression.suppress(List.of(row(5, 5, 5, 2)), GROUP, PERSONS, -1));
    }

    @Test
    void aTotalRowMinusTheOtherRowsRevealsNothing() {
        // rows: A n=2 (primary), B n=7, C n=4; total 13. Hiding A alone would leave A = 13 - 7 - 4:
        // the smallest other row (C, 4) goes too.
        List<Map<String, Long>> rows = new ArrayList<>(List.of(row(5, 5, 5, 2), row(5, 5, 5, 7), row(5, 5, 5, 4)));
        rows.add(sum(rows));
        Set<Cell> hidden = Suppression.suppress(rows, GROUP, PERSONS, 3);
        assertEquals(Set.of(new Cell(0, "n"), new Cell(2, "n")), hidden);
    }

    @Test
    void secondaryCellsCascadeUntilNoRelationHasOneHiddenCell() {
        // A: w=1 -> A.m (3) hidden in the row; column m then holds one hidden cell (A) -> B.m (4);
        // row B then holds one hidden cell -> B.o (5).
        List<Map<String, Long>> rows = new ArrayList<>(List.of(row(1, 3, 8, 0), row(6, 4, 5, 0)));
        rows.add(sum(rows));
        Set<Cell> hidden = Suppression.suppress(rows, GROUP, PERSONS, 2);
        assertInvariant(rows, hidden, 2);
        assertTrue(hidden.containsAll(Set.of(new Cell(0, "w"), new Cell(0, "m"))));
        assertTrue(hidden.contains(new Cell(1, "w")) || hidden.contains(new Cell(2, "w")));
    }

    @Test
    void randomTablesKeepTheInvariant() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            List<Map<String, Long>> rows = new ArrayList<>();
            int n = 1 + random.nextInt(6);
            for (int r = 0; r < n; r++) {
                rows.add(row(random.nextInt(5), random.nextInt(5), random.nextInt(3), random.nextInt(5)));
            }
            rows.add(sum(rows));
            assertInvariant(rows, Suppression.suppress(rows, GROUP, PERSONS, n), n);
        }
    }

    @Test
    void hiddenNamesOfARowFollowTheGivenOrder() {
        Set<Cell> hidden = Set.of(new Cell(0, "o"), new Cell(0, "w"), new Cell(1, "m"));
        assertEquals(List.of("w", "o"), Suppression.hiddenIn(0, hidden, PERSONS));
    }

    /** Every 1..2 hidden; no row group and no column holds exactly one hidden cell. */
    private static void assertInvariant(List<Map<String, Long>> rows, Set<Cell> hidden, int totalRow) {
        for (int r = 0; r < rows.size(); r++) {
            for (String f : PERSONS) {
                if (Suppression.small(rows.get(r).get(f))) {
                    assertTrue(hidden.contains(new Cell(r, f)), rows + " " + hidden);
                }
            }
            int row = r;
            long inGroup = GROUP.get(0).stream().filter(f -> hidden.contains(new Cell(row, f))).count();
            assertTrue(inGroup != 1, rows + " " + hidden);
        }
        for (String f : PERSONS) {
            long inColumn = java.util.stream.IntStream.range(0, rows.size())
                    .filter(r -> hidden.contains(new Cell(r, f))).count();
            assertTrue(inColumn != 1, f + " " + rows + " " + hidden);
        }
        assertTrue(totalRow >= 0);
    }
}
