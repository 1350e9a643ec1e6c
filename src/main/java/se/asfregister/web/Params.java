package se.asfregister.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses query parameters; every failure is a 400 naming the parameter. */
public final class Params {

    private Params() {
    }

    public static int intInRange(String name, String value, int min, int max) {
        long v;
        try {
            v = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be an integer");
        }
        if (v < min || v > max) {
            throw ApiException.invalid(name, "must be between " + min + " and " + max);
        }
        return (int) v;
    }

    public static Integer optionalInt(String name, String value, int min, int max) {
        return blank(value) ? null : intInRange(name, value, min, max);
    }

    public static Long optionalId(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            long v = Long.parseLong(value.trim());
            if (v < 1) {
                throw ApiException.invalid(name, "must be a positive id");
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be a positive id");
        }
    }

    public static Boolean optionalBoolean(String name, String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.invalid(name, "must be true or false");
        };
    }

    public static LocalDate optionalDate(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be a date (YYYY-MM-DD)");
        }
    }

    /** RFC 3339's date-time: seconds and an offset are required ("Z" or "+01:00"), fractions optional. */
    private static final java.util.regex.Pattern RFC_3339 = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");

    /**
     * A point in time as RFC 3339 writes it. A "+" in the offset must be sent as %2B in a
     * query string (a bare "+" arrives as a space), which the message says.
     */
    public static Instant optionalTimestamp(String name, String value) {
        if (blank(value)) {
            return null;
        }
        String v = value.trim();
        try {
            if (RFC_3339.matcher(v).matches()) {
                return OffsetDateTime.parse(v.toUpperCase()).toInstant();
            }
        } catch (DateTimeParseException e) {
            // a well-shaped but impossible time (month 13): the same answer as any other bad value
        }
        throw ApiException.invalid(name, "must be an RFC 3339 date-time with offset, e.g. 2026-01-31T12:00:00Z"
                + " or 2026-01-31T13:00:00%2B01:00 (a '+' must be sent as %2B)");
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** The {@code county} parameter: a county code of two digits ("20"), or null. */
    public static String optionalCounty(String value) {
        return optionalCode("county", value, 2);
    }

    /** The {@code municipality} parameter: a municipality code of four digits ("2081"), or null. */
    public static String optionalMunicipality(String value) {
        return optionalCode("municipality", value, 4);
    }

    /**
     * A code of a fixed number of ASCII digits. Checked without a regular expression: the
     * filtered lists parse one on every request, and {@code String.matches} compiles its pattern
     * each time.
     */
    private static String optionalCode(String name, String value, int digits) {
        if (blank(value)) {
            return null;
        }
        String v = value.trim();
        if (v.length() != digits || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiException.invalid(name, "must be a " + digits + "-digit code");
        }
        return v;
    }

    /** Free-text search: bounded, so that a 100,000-character query is refused instead of scanned. */
    public static String optionalText(String name, String value, int maxLength) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ApiException.invalid(name, "must be at most " + maxLength + " characters");
        }
        return value.trim();
    }

    /** A numeric id in a path; anything else names no resource, so it is a 404. */
    public static long pathId(String what, String value) {
        try {
            long v = Long.parseLong(value);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw ApiException.notFound(what, clip(value));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Echo client input in messages without echoing a megabyte of it. */
    public static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
