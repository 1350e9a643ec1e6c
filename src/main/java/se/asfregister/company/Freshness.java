package se.asfregister.company;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a company's figures of free places go stale: {@value #STALE_AFTER_DAYS} days after the
 * Swedish day they were last written. Written on 1 March, they are fresh through 30 March and
 * stale from 31 March (30 days later) on. A stale figure is shown with {@code stale: true} and
 * never counts as available, so a directory does not send a case worker to a place that
 * filled up weeks ago (what closed Sofisam).
 */
public final class Freshness {

    /** Days after the day of writing on which the figures are stale. */
    public static final int STALE_AFTER_DAYS = 30;

    private final Instant freshSince;

    private Freshness(Instant freshSince) {
        this.freshSince = freshSince;
    }

    /** The rule on {@code today}, a day in {@code zone}. */
    public static Freshness on(LocalDate today, ZoneId zone) {
        return new Freshness(today.minusDays(STALE_AFTER_DAYS - 1L).atStartOfDay(zone).toInstant());
    }

    /** The earliest write that is still fresh: the start of the day {@code STALE_AFTER_DAYS - 1} days ago. */
    public Instant freshSince() {
        return freshSince;
    }

    /** Whether figures written at {@code writtenAt} are stale. */
    public boolean stale(Instant writtenAt) {
        return writtenAt.isBefore(freshSince);
    }
}
