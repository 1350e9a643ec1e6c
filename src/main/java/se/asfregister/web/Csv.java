package se.asfregister.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when they need it. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String MEDIA_TYPE_UTF8 = "text/csv; charset=UTF-8";

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

    public static void writeRow(Writer out, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return field(String.join(";", list.stream().map(String::valueOf).toList()));
        }
        String s = value.toString();
        // A leading =, +, - or @ would run as a formula in a spreadsheet; a quote-prefixed
        // apostrophe keeps it text. Numbers are written by us and never start with these.
        if (!s.isEmpty() && "=+@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
