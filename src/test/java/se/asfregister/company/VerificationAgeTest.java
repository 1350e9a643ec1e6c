package se.asfregister.company;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a confirmation runs out: 12 calendar months later in Swedish time, to the microsecond. */
class VerificationAgeTest {

    @Test
    void staleExactlyTwelveMonthsLater() {
        // 2025-03-15 10:00 in Sweden (CET, UTC+1) → stale from 2026-03-15 10:00 CET = 09:00Z
        Instant verified = Instant.parse("2025-03-15T09:00:00Z");
        assertFalse(VerificationAge.isStale(verified, Instant.parse("2026-03-15T08:59:59.999999Z")));
        assertTrue(VerificationAge.isStale(verified, Instant.parse("2026-03-15T09:00:00Z")));
        assertFalse(VerificationAge.isStale(verified, verified));
    }

    @Test
    void monthsAreCountedOnTheSwedishCalendar() {
        // 2025-10-31 23:30Z is 1 November 00:30 in Sweden: 12 months on is 2026-11-01 00:30 CET = 2026-10-31T23:30Z,
        // while a summer confirmation keeps its Swedish wall-clock time across the change to winter time:
        // 2025-06-30 22:30Z = 1 July 00:30 CEST → 2026-07-01 00:30 CEST = 2026-06-30T22:30Z
        assertFalse(VerificationAge.isStale(Instant.parse("2025-10-31T23:30:00Z"), Instant.parse("2026-10-31T23:29:59Z")));
        assertTrue(VerificationAge.isStale(Instant.parse("2025-10-31T23:30:00Z"), Instant.parse("2026-10-31T23:30:00Z")));
        assertTrue(VerificationAge.isStale(Instant.parse("2025-06-30T22:30:00Z"), Instant.parse("2026-06-30T22:30:00Z")));
    }

    @Test
    void aLeapDayRunsOutOnTheLastDayOfFebruary() {
        // 2024-02-29 12:00 CET + 12 months = 2025-02-28 12:00 CET = 11:00Z
        Instant verified = Instant.parse("2024-02-29T11:00:00Z");
        assertFalse(VerificationAge.isStale(verified, Instant.parse("2025-02-28T10:59:59Z")));
        assertTrue(VerificationAge.isStale(verified, Instant.parse("2025-02-28T11:00:00Z")));
    }

    @Test
    void neverConfirmedIsStale() {
        assertTrue(VerificationAge.isStale(null, Instant.parse("2026-01-01T00:00:00Z")));
    }
}
