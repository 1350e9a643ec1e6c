package se.asfregister.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when they need it, formulas kept as text. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String MEDIA_TYPE_UTF8 = "text/csv; charset=UTF-8";

    /** The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
    static final String FORMULA_START = "=+-@\t\r";

    private Csv() {
    }

    /** A 200 text/csv response: the header row, then one row per item. */
    public static <T> Response response(List<String> header, List<T> items, Function<T, List<?>> toRow) {
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writeRow(w, header);
            for (T item : items) {
                writeRow(w, toRow.apply(item));
            }
            w.flush();
        };
        return Response.ok(body, MEDIA_TYPE_UTF8).build();
    }

    /** A 200 text/csv response: the columns' header row, then one row per item. */
    public static <T> Response response(List<Column<T>> columns, List<T> items) {
        return response(Column.names(columns), items, item -> Column.row(columns, item));
    }

    public static void writeRow(Writer out, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * One cell. Text that a spreadsheet would run as a formula — starting with =, +, -, @, a
     * tab or a carriage return (OWASP's list) — gets a leading apostrophe, which keeps it text.
     * Numbers, dates and enum constants are not text: a negative number stays a number. A cell
     * is quoted when it holds a quote, a line break, the comma, or the semicolon that Swedish
     * Excel separates with, so that no part of it can become a cell of its own there.
     */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return field(String.join(";", list.stream().map(String::valueOf).toList()));
        }
        String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        if (value instanceof CharSequence && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
