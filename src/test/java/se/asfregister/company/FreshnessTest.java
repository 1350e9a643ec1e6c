package se.asfregister.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Training places go stale on the 30th Swedish day after they were written. */
class FreshnessTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private static final Freshness RULE = Freshness.on(TODAY, SWEDEN);

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), SWEDEN).toInstant();
    }

    @Test
    void writtenTwentyNineDaysAgoIsFreshFromTheFirstMinuteOfThatDay() {
        // 31 March - 29 days = 2 March: fresh all day, from 00:00 Swedish time (23:00 UTC the day before)
        assertEquals(at(LocalDate.of(2026, 3, 2), 0, 0), RULE.freshSince());
        assertFalse(RULE.stale(at(LocalDate.of(2026, 3, 2), 0, 0)));
        assertFalse(RULE.stale(at(TODAY, 12, 0)));
    }

    @Test
    void writtenThirtyOrThirtyOneDaysAgoIsStaleUpToTheLastMinuteOfThatDay() {
        assertTrue(RULE.stale(at(LocalDate.of(2026, 3, 1), 23, 59)));
        assertTrue(RULE.stale(at(LocalDate.of(2026, 2, 28), 12, 0)));
    }

    @Test
    void theDayIsSwedishAcrossTheSwitchToSummerTime() {
        // 29 March 2026 is the switch to summer time: 28 April - 29 days = 30 March, 00:00 CEST = 22:00 UTC
        Freshness rule = Freshness.on(LocalDate.of(2026, 4, 28), SWEDEN);
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), rule.freshSince());
    }
}
