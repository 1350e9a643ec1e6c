package se.asfregister.employment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.asfregister.common.SwedishClock;
import se.asfregister.web.ApiException;

/**
 * A calendar quarter written "2018-Q4"; as text it sorts chronologically. Public for the other
 * quarterly reports (esf), so that one definition says which quarters may be reported.
 */
public record Period(int year, int quarter) implements Comparable<Period> {

    static final int FIRST_YEAR = SwedishClock.FIRST_YEAR;
    static final String FORMAT_MESSAGE = "must be a quarter written YYYY-Qn, e.g. 2025-Q1";
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The period when {@code text} is well-formed; range rules are not applied. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.trim());
        return m.matches() ? Optional.of(new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** The reason {@code text} cannot be reported on, or empty when it can: 2000-Q1 up to {@code now}. */
    public static Optional<String> problem(String text, Period now) {
        Optional<Period> p = parse(text);
        if (p.isEmpty()) {
            return Optional.of(FORMAT_MESSAGE);
        }
        if (p.get().year < FIRST_YEAR) {
            return Optional.of("must be " + FIRST_YEAR + "-Q1 or later");
        }
        if (p.get().compareTo(now) > 0) {
            return Optional.of("must not be after the current quarter (" + now + ")");
        }
        return Optional.empty();
    }

    /** A period that a report may be written for; a 400 naming {@code field} otherwise. */
    public static Period reportable(String field, String text, Period now) {
        problem(text, now).ifPresent(message -> {
            throw ApiException.invalid(field, message);
        });
        return parse(text).orElseThrow();
    }

    /** A well-formed period filter (any year); a 400 naming {@code field} otherwise. */
    static String optionalFilter(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).map(Period::toString).orElseThrow(() -> ApiException.invalid(field, FORMAT_MESSAGE));
    }

    /** The quarter it is now in Sweden. */
    public static Period current(SwedishClock clock) {
        return new Period(clock.year(), clock.quarter());
    }

    @Override
    public int compareTo(Period o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
