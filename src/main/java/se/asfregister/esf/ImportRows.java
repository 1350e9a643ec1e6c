package se.asfregister.esf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.asfregister.company.OrganisationNumber;
import se.asfregister.employment.ImportErrors;
import se.asfregister.employment.Period;
import se.asfregister.web.Params;

/**
 * The rows of one participant-report import while they are checked, each by its columns
 * ({@link ImportColumns}); problems are counted and listed as in every import ({@link ImportErrors}),
 * a count that breaks a rule ({@link ParticipantRules}) under its column.
 */
final class ImportRows extends ImportErrors {

    static final int MAX_ROWS = 10_000;

    /** A valid row, its organisation number not yet resolved. */
    record Row(int row, String organisationNumber, Period period, Long projectId, Counts counts) {
    }

    final List<Row> rows = new ArrayList<>();
    private final Period now;

    ImportRows(Period now) {
        this.now = now;
    }

    /** Checks one row, given by column name; kept when valid, its problems listed otherwise. */
    void add(int rowNo, Map<String, ?> values) {
        if (!admit(rowNo, MAX_ROWS)) {
            return;
        }
        int before = errorCount();
        values.keySet().stream().filter(k -> !ImportColumns.ALL.contains(k)).sorted().forEach(k -> error(rowNo,
                Params.clip(k), "unknown column; see the code list for the indicator keys"));
        String orgNo = organisationNumber(rowNo, values.get(ImportColumns.ORGANISATION_NUMBER));
        Period period = period(rowNo, values.get(ImportColumns.PERIOD));
        Long project = project(rowNo, values.get(ImportColumns.PROJECT_ID));
        Counts counts = Counts.of((i, g) -> count(rowNo, ImportColumns.count(i, g), values.get(ImportColumns.count(i, g))));
        if (errorCount() > before) {
            return;
        }
        ParticipantRules.check(counts).forEach(v -> error(rowNo, v.field(), v.message()));
        if (errorCount() == before) {
            rows.add(new Row(rowNo, orgNo, period, project, counts));
        }
    }

    private String organisationNumber(int rowNo, Object value) {
        if (blank(value)) {
            error(rowNo, ImportColumns.ORGANISATION_NUMBER, "is required");
            return null;
        }
        OrganisationNumber.Parsed parsed = OrganisationNumber.parse(value instanceof String s ? s : "");
        parsed.problem().ifPresent(message -> error(rowNo, ImportColumns.ORGANISATION_NUMBER, message));
        return parsed.number().orElse(null);
    }

    private Period period(int rowNo, Object value) {
        if (blank(value)) {
            error(rowNo, ImportColumns.PERIOD, "is required");
            return null;
        }
        String text = value.toString().trim();
        var problem = Period.problem(text, now);
        problem.ifPresent(message -> error(rowNo, ImportColumns.PERIOD, message));
        return problem.isPresent() ? null : Period.parse(text).orElseThrow();
    }

    private Long project(int rowNo, Object value) {
        if (blank(value)) {
            return null;
        }
        Long id = integer(value);
        if (id == null || id < 1) {
            error(rowNo, ImportColumns.PROJECT_ID, "must be a positive id");
        }
        return id;
    }

    private long count(int rowNo, String column, Object value) {
        if (blank(value)) {
            return 0;
        }
        Long n = integer(value);
        if (n == null || n < 0 || n > ParticipantRecords.MAX_COUNT) {
            error(rowNo, column, "must be an integer between 0 and " + ParticipantRecords.MAX_COUNT);
            return 0;
        }
        return n;
    }

    private static Long integer(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        try {
            return value instanceof String s ? Long.parseLong(s.trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(Object v) {
        return v == null || (v instanceof String s && s.isBlank());
    }
}
