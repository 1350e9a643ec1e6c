package se.asfregister.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact span on its own: membership by elimination, without rounding. */
class ExactSpanTest {

    @Test
    void aSumAndOnePartDetermineTheOtherPart() {
        // x0 + x1 known and x1 known: x0 = (x0 + x1) - x1
        ExactSpan span = new ExactSpan();
        span.add(Map.of(0, 1L, 1, 1L));
        assertFalse(span.contains(Map.of(0, 1L)));
        span.add(Map.of(1, 1L));
        assertTrue(span.contains(Map.of(0, 1L)));
        assertEquals(2, span.rank());
    }

    @Test
    void twoUnknownsTiedByOneSumStayUnknown() {
        // a 2 x 2 table with its margins: rows x0 + x1, x2 + x3; columns x0 + x2, x1 + x3. Rank 3: no cell is known,
        // though every relation holds two hidden cells.
        ExactSpan span = new ExactSpan();
        span.add(Map.of(0, 1L, 1, 1L));
        span.add(Map.of(2, 1L, 3, 1L));
        span.add(Map.of(0, 1L, 2, 1L));
        span.add(Map.of(1, 1L, 3, 1L));
        assertEquals(3, span.rank());
        for (int i = 0; i < 4; i++) {
            assertFalse(span.contains(Map.of(i, 1L)), "x" + i);
        }
        assertTrue(span.contains(Map.of(0, 1L, 1, 1L, 2, 1L, 3, 1L)));
        assertTrue(span.contains(Map.of(0, 1L, 3, -1L)));
    }

    @Test
    void exactWithLargeAndFractionalCoefficients() {
        // 3 x0 - 7 x1 and x0 + 2 x1 give x1 = (3 (x0 + 2 x1) - (3 x0 - 7 x1)) / 13: a fraction, exactly
        ExactSpan span = new ExactSpan();
        span.add(Map.of(0, 3L, 1, -7L));
        span.add(Map.of(0, 1L, 1, 2L));
        assertTrue(span.contains(Map.of(1, 1L)));
        assertTrue(span.contains(Map.of(0, 1L)));
        ExactSpan copy = new ExactSpan();
        copy.add(Map.of(0, 1_000_000_007L, 1, 1_000_000_009L));
        assertFalse(copy.contains(Map.of(0, 1L, 1, 1L)));
        assertTrue(copy.contains(Map.of(0, 2_000_000_014L, 1, 2_000_000_018L)));
    }
}
