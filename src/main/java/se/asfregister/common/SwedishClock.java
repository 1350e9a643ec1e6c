package se.asfregister.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock of the service and the Swedish calendar read from it. "Today", "this year"
 * and "this quarter" are days in Sweden, whatever time zone the host runs in: at 00:30 on
 * 1 January in Stockholm it is still 31 December in UTC, and the register must already take
 * reports for the new year. Tests replace the {@link Clock} (it is a normal-scoped bean) to
 * set the time; every date rule then moves with it.
 */
@ApplicationScoped
public class SwedishClock implements ClockProvider {

    /** Reports, goals and dates in the register are Swedish. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** The first year the register accepts figures, goals and reports for. */
    public static final int FIRST_YEAR = 2000;

    @Inject
    Clock clock;

    /** The system clock; the producer is the single place that knows where time comes from. */
    @Produces
    @ApplicationScoped
    static Clock systemClock() {
        return Clock.system(SWEDEN);
    }

    /** The current instant, from the one clock (what "last confirmed" and "stale" are measured with). */
    public Instant now() {
        return clock.instant();
    }

    /** Today's date in Sweden. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SWEDEN);
    }

    /** The current year in Sweden: the last year that reports, progress and the annual report accept. */
    public int year() {
        return today().getYear();
    }

    /** The current quarter (1-4) in Sweden. */
    public int quarter() {
        return (today().getMonthValue() - 1) / 3 + 1;
    }

    /**
     * Bean Validation's clock ({@code @PastOrPresent} on dates), so that "not in the future"
     * means the Swedish date here too. Quarkus hands every {@link ClockProvider} bean to the
     * validator factory.
     */
    @Override
    public Clock getClock() {
        return new Reading(SWEDEN);
    }

    /**
     * Reads the injected clock at every call, in {@code zone}. Validators keep the clock they
     * are given for their lifetime, so they must get one that follows a replaced clock.
     */
    private final class Reading extends Clock {
        private final ZoneId zone;

        Reading(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Reading(other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
