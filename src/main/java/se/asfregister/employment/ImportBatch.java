package se.asfregister.employment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.asfregister.company.OrganisationNumber;

/**
 * The rows of one employment-report import while they are checked: valid rows are kept, every
 * problem is counted and listed ({@link ImportErrors}).
 */
final class ImportBatch extends ImportErrors {

    static final int MAX_ROWS = 200_000;

    /**
     * Digits in groups of three, separated by a space, a no-break space or a narrow no-break
     * space: how Swedish Excel writes "1 250 000" into a CSV file when the cell is formatted
     * with thousands separators.
     */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([ \u00A0\u202F]\\d{3})+");

    /** A valid row, its organisation number not yet resolved. */
    record Row(int row, String organisationNumber, Period period, Figures figures) {
    }

    final List<Row> rows = new ArrayList<>();
    /** One copy of each organisation number and quarter: up to 200,000 rows name a few thousand of each. */
    private final Map<String, String> numbers = new HashMap<>();
    private final Map<Period, Period> periods = new HashMap<>();
    private final Period now;

    /** @param now the current quarter: the last one a report may be imported for */
    ImportBatch(Period now) {
        this.now = now;
    }

    /** Checks one row: kept when valid, its problems listed otherwise. */
    void add(int rowNo, RawRow raw) {
        if (!admit(rowNo, MAX_ROWS)) {
            return;
        }
        int before = errorCount;
        String orgNo = organisationNumber(rowNo, raw.organisationNumber());
        Period period = period(rowNo, raw.period());
        Figures figures = Figures.from(f -> {
            if (f.optional() && blank(raw.value(f))) {
                return Figure.ABSENT;
            }
            Long v = number(rowNo, f.column, raw.value(f), f.max());
            return v == null ? 0 : v;
        });
        if (errorCount > before) {
            return;
        }
        figures.crossFieldErrors(f -> f.column).forEach(e -> error(rowNo, e.field(), e.message()));
        if (errorCount == before) {
            rows.add(new Row(rowNo, numbers.computeIfAbsent(orgNo, n -> n), periods.computeIfAbsent(period, p -> p),
                    figures));
        }
    }

    private String organisationNumber(int rowNo, Object value) {
        if (blank(value)) {
            error(rowNo, "organisationNumber", "is required");
            return null;
        }
        OrganisationNumber.Parsed parsed = OrganisationNumber.parse(value instanceof String s ? s : "");
        parsed.problem().ifPresent(message -> error(rowNo, "organisationNumber", message));
        return parsed.number().orElse(null);
    }

    private Period period(int rowNo, Object value) {
        if (blank(value)) {
            error(rowNo, "period", "is required");
            return null;
        }
        String text = value instanceof String s ? s.trim() : String.valueOf(value);
        var problem = Period.problem(text, now);
        if (problem.isPresent()) {
            error(rowNo, "period", problem.get());
            return null;
        }
        return Period.parse(text).orElseThrow();
    }

    private Long number(int rowNo, String field, Object value, long max) {
        if (blank(value)) {
            error(rowNo, field, "is required");
            return null;
        }
        long n;
        if (value instanceof Number num) {
            n = num.longValue();
        } else {
            String text = value.toString().trim();
            if (GROUPED.matcher(text).matches()) {
                text = text.replaceAll("[ \u00A0\u202F]", "");
            }
            try {
                n = Long.parseLong(text);
            } catch (NumberFormatException e) {
                error(rowNo, field, "must be an integer");
                return null;
            }
        }
        if (n < 0 || n > max) {
            error(rowNo, field, "must be between 0 and " + max);
            return null;
        }
        return n;
    }

    private static boolean blank(Object v) {
        return v == null || (v instanceof String s && s.isBlank());
    }
}
