package se.asfregister.employment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 reader: one record at a time, so a 15 MB file is never held as text.
 * Values and records are capped (longer input is cut and then fails validation), so that a
 * hostile file cannot make one record take the heap.
 */
final class CsvReader {

    static final int MAX_VALUE_LENGTH = 1000;
    static final int MAX_VALUES = 100;

    private final Reader in;
    private boolean first = true;

    CsvReader(InputStream body) {
        this.in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Thrown for a quoted value that never ends. */
    static final class MalformedCsv extends IOException {
        MalformedCsv(String message) {
            super(message);
        }
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    List<String> next() throws IOException {
        while (true) {
            List<String> r = record();
            if (r == null) {
                return null;
            }
            if (!(r.size() == 1 && r.get(0).isBlank())) {
                return r;
            }
        }
    }

    private List<String> record() throws IOException {
        List<String> values = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean inQuotes = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue; // byte order mark from spreadsheet exports
                }
            }
            any = true;
            if (inQuotes) {
                if (c == '"') {
                    in.mark(1);
                    int d = in.read();
                    if (d == '"') {
                        append(sb, '"');
                    } else {
                        inQuotes = false;
                        if (d != -1) {
                            in.reset();
                        }
                    }
                } else {
                    append(sb, (char) c);
                }
            } else if (c == '"' && sb.length() == 0) {
                inQuotes = true;
            } else if (c == ',') {
                add(values, sb);
            } else if (c == '\n') {
                add(values, sb);
                return values;
            } else if (c == '\r') {
                in.mark(1);
                int d = in.read();
                if (d != '\n' && d != -1) {
                    in.reset();
                }
                add(values, sb);
                return values;
            } else {
                append(sb, (char) c);
            }
        }
        if (inQuotes) {
            throw new MalformedCsv("a quoted value is not closed before the end of the file");
        }
        if (!any) {
            return null;
        }
        add(values, sb);
        return values;
    }

    private static void append(StringBuilder sb, char c) {
        if (sb.length() <= MAX_VALUE_LENGTH) {
            sb.append(c);
        }
    }

    private static void add(List<String> values, StringBuilder sb) {
        if (values.size() <= MAX_VALUES) {
            values.add(sb.toString());
        }
        sb.setLength(0);
    }
}
