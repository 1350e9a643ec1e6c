package se.asfregister.employment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.asfregister.company.OrganisationNumber;
import se.asfregister.employment.EmploymentRecords.ImportError;

/**
 * The rows of one import while they are checked: valid rows are kept, every problem is
 * counted and the first {@link #MAX_LISTED_ERRORS} are listed. A row number is what the
 * client can find again: the file line a CSV record starts on, or the position in a JSON array.
 */
final class ImportBatch {

    static final int MAX_LISTED_ERRORS = 1000;
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
    final List<ImportError> errors = new ArrayList<>();
    int errorCount;
    private final Set<Integer> badRows = new HashSet<>();
    private boolean fileInvalid;
    private int rowCount;
    private final Period now;

    /** @param now the current quarter: the last one a report may be imported for */
    ImportBatch(Period now) {
        this.now = now;
    }

    /** A problem of one row. */
    void error(int row, String field, String message) {
        badRows.add(row);
        list(row, field, message);
    }

    /** A problem of the file as a whole (its header, its encoding, its syntax); {@code row} 0 when no line is meant. */
    void fileError(int row, String field, String message) {
        fileInvalid = true;
        list(row, field, message);
    }

    private void list(int row, String field, String message) {
        errorCount++;
        if (errors.size() < MAX_LISTED_ERRORS) {
            errors.add(new ImportError(row, field, message));
        }
    }

    /** Rows read so far, valid or not. */
    int rowCount() {
        return rowCount;
    }

    /** The problem's detail when anything was wrong. */
    String detail() {
        String detail = fileInvalid ? "The header or the body is invalid; nothing was imported"
                : badRows.size() + (badRows.size() == 1 ? " row is" : " rows are") + " invalid; nothing was imported";
        if (errorCount > errors.size()) {
            detail += " (the first " + errors.size() + " of " + errorCount + " errors are listed)";
        }
        return detail;
    }

    /** Checks one row: kept when valid, its problems listed otherwise. */
    void add(int rowNo, RawRow raw) {
        if (++rowCount > MAX_ROWS) {
            if (rowCount == MAX_ROWS + 1) {
                fileError(rowNo, "row", "an import has at most " + MAX_ROWS + " rows; split the file");
            }
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
            rows.add(new Row(rowNo, orgNo, period, figures));
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
