package se.asfregister.employment;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.asfregister.web.Params;

/**
 * Turns an import file into rows of an {@link ImportBatch}: the header row names the columns
 * (in any order, case aside), each later record is one row. A file that is not what the
 * import expects fails with one problem that says how the file was read and what to do,
 * instead of one error per column or per row.
 */
final class CsvImport {

    /**
     * Where the header put each column; {@code figures} holds one position per {@link Figure},
     * in its order, -1 for an optional figure the file has no column for.
     */
    private record Positions(int organisationNumber, int period, int[] figures) {
    }

    private final Positions at;
    private final int width;

    private CsvImport(Positions at, int width) {
        this.at = at;
        this.width = width;
    }

    /** Reads every record of {@code body} into {@code batch}; problems of the file become file errors. */
    static void read(InputStream body, ImportBatch batch) {
        ImportCsv.read(body, batch, " " + String.join(",", Figures.COLUMNS), (first, format) -> {
            CsvImport header = header(first, format, batch);
            return header == null ? null : line -> {
                RawRow row = header.row(line, batch);
                if (row != null) {
                    batch.add(line.number(), row);
                }
            };
        });
    }

    /** The column positions named by the header row, or null after listing its problems. */
    private static CsvImport header(ImportCsv.Line line, String format, ImportBatch batch) {
        List<String> names = new ArrayList<>(line.values().stream().map(String::strip).toList());
        // Excel writes empty header cells for empty columns to the right of the table
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        Map<String, String> known = new HashMap<>();
        Figures.COLUMNS.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        long named = names.stream().map(n -> known.get(n.toLowerCase(Locale.ROOT))).filter(c -> c != null)
                .distinct().count();
        // a header with a typo or two gets an error per column; a first row that names fewer than
        // half the columns is not the header at all (another separator, Swedish column names, data)
        if (named * 2 <= Figures.COLUMNS.size()) {
            batch.fileError(line.number(), "header", "is not a header row: " + named + " of its " + names.size()
                    + " values name a column (read as " + format + "); the first row must name the columns "
                    + String.join(",", Figures.COLUMNS));
            return null;
        }
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String column = known.get(names.get(i).toLowerCase(Locale.ROOT));
            if (column == null) {
                batch.fileError(line.number(), Params.clip(names.get(i)),
                        "unknown column; the columns are " + String.join(",", Figures.COLUMNS));
            } else if (at.putIfAbsent(column, i) != null) {
                batch.fileError(line.number(), column, "appears more than once in the header");
            }
        }
        for (String column : Figures.REQUIRED_COLUMNS) {
            if (!at.containsKey(column)) {
                batch.fileError(line.number(), column, "column is missing from the header");
            }
        }
        if (batch.errorCount > 0) {
            return null;
        }
        return new CsvImport(new Positions(at.get("organisationNumber"), at.get("period"),
                Figure.ALL.stream().mapToInt(f -> at.getOrDefault(f.column, -1)).toArray()), names.size());
    }

    /** A record's values by column, or null after listing why it has the wrong shape. */
    private RawRow row(ImportCsv.Line line, ImportBatch batch) {
        List<String> v = line.values();
        boolean extraValues = v.size() > width && v.subList(width, v.size()).stream().anyMatch(s -> !s.isBlank());
        if (v.size() < width || extraValues) {
            batch.error(line.number(), "row", "has " + v.size() + " values; the header has " + width + " columns");
            return null;
        }
        return new CsvRow(v, at);
    }

    /** A record read through the header's positions. */
    private record CsvRow(List<String> values, Positions at) implements RawRow {

        @Override
        public Object organisationNumber() {
            return values.get(at.organisationNumber);
        }

        @Override
        public Object period() {
            return values.get(at.period);
        }

        @Override
        public Object value(Figure f) {
            int i = at.figures[f.ordinal()];
            return i < 0 ? null : values.get(i);
        }
    }
}
