package se.asfregister.company;

import java.time.Instant;
import java.time.Period;
import se.asfregister.common.SwedishClock;

/**
 * When a record of the directory is stale: not confirmed for 12 calendar months, counted in
 * Swedish time (confirmed 2025-03-15 10:00 in Sweden, stale from 2026-03-15 10:00 on). Sofisam,
 * the national directory before this one, closed because its data went stale; a stale record
 * is flagged and kept out of the public offering search.
 */
public final class VerificationAge {

    /** How long a confirmation holds. */
    public static final Period MAX_AGE = Period.ofMonths(12);

    private VerificationAge() {
    }

    /** Whether a record confirmed at {@code verifiedAt} is stale at {@code now}; never confirmed is stale. */
    public static boolean isStale(Instant verifiedAt, Instant now) {
        return !now.isBefore(staleFrom(verifiedAt));
    }

    /** The first instant at which a record confirmed at {@code verifiedAt} is stale; never confirmed: always. */
    public static Instant staleFrom(Instant verifiedAt) {
        return verifiedAt == null ? Instant.MIN : verifiedAt.atZone(SwedishClock.SWEDEN).plus(MAX_AGE).toInstant();
    }
}
