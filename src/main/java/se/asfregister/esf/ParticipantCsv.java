package se.asfregister.esf;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.asfregister.employment.ImportCsv;
import se.asfregister.web.Params;

/**
 * Reads a participant-report import file into {@link ImportRows} with the CSV reader of every
 * import ({@link ImportCsv}: comma or semicolon, UTF-8 or Windows-1252, line numbers): the header
 * row names the columns in any order; count columns may be left out.
 */
final class ParticipantCsv {

    private ParticipantCsv() {
    }

    static void read(InputStream body, ImportRows rows) {
        ImportCsv.read(body, rows, ", at least " + String.join(",", ImportColumns.REQUIRED), (header, format) -> {
            List<String> names = header.values().stream().map(String::strip).toList();
            if (!checkHeader(header.number(), names, rows)) {
                return null;
            }
            return line -> rows.add(line.number(), byName(line, names, rows));
        });
    }

    private static boolean checkHeader(int lineNo, List<String> names, ImportRows rows) {
        Map<String, Integer> seen = new HashMap<>();
        for (String n : names) {
            if (n.isEmpty()) {
                continue;
            }
            if (!ImportColumns.ALL.contains(n)) {
                rows.fileError(lineNo, Params.clip(n), "unknown column; the columns are organisationNumber, period, "
                        + "projectId and <indicator>.<women|men|nonBinary> (docs/esf.md)");
            } else if (seen.put(n, 1) != null) {
                rows.fileError(lineNo, n, "appears more than once in the header");
            }
        }
        ImportColumns.REQUIRED.stream().filter(c -> !seen.containsKey(c))
                .forEach(c -> rows.fileError(lineNo, c, "column is missing from the header"));
        return rows.errorCount() == 0;
    }

    private static Map<String, String> byName(ImportCsv.Line line, List<String> names, ImportRows rows) {
        Map<String, String> values = new HashMap<>();
        List<String> v = line.values();
        for (int i = 0; i < names.size() && i < v.size(); i++) {
            if (!names.get(i).isEmpty()) {
                values.put(names.get(i), v.get(i));
            }
        }
        if (v.size() > names.size() && v.subList(names.size(), v.size()).stream().anyMatch(s -> !s.isBlank())) {
            rows.error(line.number(), "row", "has " + v.size() + " values; the header has " + names.size() + " columns");
        }
        return values;
    }
}
