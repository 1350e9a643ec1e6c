package se.asfregister.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV: comma separated, CRLF line ends, fields quoted when they need it. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String MEDIA_TYPE_UTF8 = "text/csv; charset=UTF-8";

    private Csv() {
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
