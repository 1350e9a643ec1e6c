package se.asfregister.employment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.asfregister.web.ApiException;

/** A calendar quarter written "2018-Q4"; as text it sorts chronologically. */
record Period(int year, int quarter) implements Comparable<Period> {

    static final int FIRST_YEAR = 2000;
    static final String FORMAT_MESSAGE = "must be a quarter written YYYY-Qn, e.g. 2025-Q1";
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");
    /** Reports are about Swedish quarters. */
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** The period when {@code text} is well-formed; range rules are not applied. */
    static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.trim());
        return m.matches() ? Optional.of(new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** The reason {@code text} cannot be reported on, or empty when it can: 2000-Q1 up to the current quarter. */
    static Optional<String> problem(String text) {
        Optional<Period> p = parse(text);
        if (p.isEmpty()) {
            return Optional.of(FORMAT_MESSAGE);
        }
        if (p.get().year < FIRST_YEAR) {
            return Optional.of("must be " + FIRST_YEAR + "-Q1 or later");
        }
        Period now = current();
        if (p.get().compareTo(now) > 0) {
            return Optional.of("must not be after the current quarter (" + now + ")");
        }
        return Optional.empty();
    }

    /** A period that a report may be written for; a 400 naming {@code field} otherwise. */
    static Period reportable(String field, String text) {
        problem(text).ifPresent(message -> {
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

    static Period current() {
        LocalDate today = LocalDate.now(SWEDEN);
        return new Period(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
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
