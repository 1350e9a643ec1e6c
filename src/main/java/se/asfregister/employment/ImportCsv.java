package se.asfregister.employment;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of an import file, each with the file line it starts on (blank lines count,
 * as in a text editor or a spreadsheet), read by Apache Commons CSV with RFC 4180 quoting.
 * The separator is the one the first line uses: a comma, or the semicolon (or tab) that
 * Swedish Excel writes; a first line {@code sep=;} names it explicitly. A record may be at
 * most {@link #MAX_RECORD_CHARS} characters, so that a quote left open cannot make one value
 * take the heap.
 */
public final class ImportCsv implements Closeable {

    static final int MAX_RECORD_CHARS = 100_000;
    private static final int PEEK = 1 << 16;
    private static final Pattern SEP_LINE = Pattern.compile("sep=([,;\\t|])");

    /** One record and the line it starts on. */
    public record Line(int number, List<String> values) {
    }

    /** The file cannot be read as CSV from {@code line} on (0: not at all). */
    public static final class Unreadable extends IOException {
        public final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final SpreadsheetText text;
    private final char separator;
    private final int linesBefore;
    private final Guard guard;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private ImportCsv(SpreadsheetText text, BufferedReader reader, char separator, int linesBefore)
            throws IOException {
        this.text = text;
        this.separator = separator;
        this.linesBefore = linesBefore;
        this.guard = new Guard(reader);
        this.parser = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get()
                .parse(guard);
        this.records = parser.iterator();
    }

    /** Reads the header row: how each later record becomes a row, or null after listing the header's problems. */
    @FunctionalInterface
    public interface Header {
        Consumer<Line> read(Line header, String format);
    }

    /**
     * Reads an import file whose first row names the columns into {@code errors}' batch: the
     * header, then every later record; an empty file, a header without rows and a file that
     * cannot be read as CSV text are problems of the file. {@code columns} says in the empty
     * file's problem which columns the first row must name.
     */
    public static void read(InputStream body, ImportErrors errors, String columns, Header header) {
        try (ImportCsv csv = open(body)) {
            Line first = csv.next();
            if (first == null) {
                errors.fileError(0, "header", "the file is empty; the first row must name the columns" + columns);
                return;
            }
            Consumer<Line> rows = header.read(first, csv.format());
            if (rows == null) {
                return;
            }
            Line line;
            while ((line = csv.next()) != null) {
                rows.accept(line);
            }
            if (errors.errorCount() == 0 && errors.rowsRead() == 0) {
                errors.fileError(first.number(), "header", "the file has a header but no rows");
            }
        } catch (Unreadable e) {
            errors.fileError(e.line, "body", e.getMessage());
        } catch (SpreadsheetText.NotText e) {
            errors.fileError(0, "body", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportCsv open(InputStream body) throws IOException {
        SpreadsheetText text = SpreadsheetText.open(body);
        BufferedReader reader = new BufferedReader(text, PEEK);
        reader.mark(PEEK);
        String first = firstLine(reader);
        reader.reset();
        Matcher sep = SEP_LINE.matcher(first.strip());
        if (sep.matches()) {
            reader.readLine();
            return new ImportCsv(text, reader, sep.group(1).charAt(0), 1);
        }
        return new ImportCsv(text, reader, separatorOf(first), 0);
    }

    /** How the file was read, for messages: "UTF-8 with a byte order mark, values separated by ';'". */
    public String format() {
        return text.encoding() + ", values separated by " + (separator == '\t' ? "tabs" : "'" + separator + "'");
    }

    /** The next record that holds any value, or null at the end of the file. */
    public Line next() throws Unreadable {
        while (true) {
            int line = linesBefore + (int) parser.getCurrentLineNumber() + 1;
            guard.recordStarts(line);
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw unreadable(line, e.getCause());
            }
            List<String> values = record.toList();
            if (values.stream().anyMatch(v -> v.indexOf(SpreadsheetText.UNREADABLE) >= 0)) {
                throw badEncoding(line, text);
            }
            // a blank line, or a line of separators only: what Excel writes for empty rows of a used range
            if (!values.stream().allMatch(String::isBlank)) {
                return new Line(line, values);
            }
        }
    }

    private Unreadable unreadable(int line, IOException cause) {
        if (cause instanceof Unreadable u) {
            return u;
        }
        String m = String.valueOf(cause.getMessage());
        if (m.contains("EOF reached before encapsulated token finished")) {
            return new Unreadable(line, "a quoted value that starts on this line is not closed before the end "
                    + "of the file");
        }
        if (m.contains("Invalid character between encapsulated token and delimiter")) {
            return new Unreadable(line, "text follows a closing quote; a quote inside a quoted value is written "
                    + "twice (\"\")");
        }
        return new Unreadable(line, "cannot be read as CSV");
    }

    /** Bytes that the encoding the file began in cannot read (a file saved in two encodings, say). */
    private static Unreadable badEncoding(int line, SpreadsheetText text) {
        return new Unreadable(line, "is not valid " + text.encoding() + ", the encoding the file began in; "
                + "save it again as CSV UTF-8");
    }

    /** The first line with any content, up to {@link #PEEK} characters, without its line break. */
    private static String firstLine(Reader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while (sb.length() < PEEK - 2 && (c = r.read()) != -1) {
            if (c == '\n' || c == '\r') {
                if (!sb.toString().isBlank()) {
                    break;
                }
                sb.setLength(0);
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** The separator the header row uses most: comma, semicolon or tab (a comma when none is used). */
    static char separatorOf(String header) {
        char best = ',';
        long most = header.chars().filter(ch -> ch == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long n = header.chars().filter(ch -> ch == candidate).count();
            if (n > most) {
                best = candidate;
                most = n;
            }
        }
        return best;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /**
     * Counts the characters the parser reads and stops a record that runs on past
     * {@link #MAX_RECORD_CHARS} (give or take the parser's read-ahead buffer).
     */
    private static final class Guard extends FilterReader {
        private long read;
        private long recordStart;
        private int line;

        Guard(Reader in) {
            super(in);
        }

        void recordStarts(int line) {
            this.recordStart = read;
            this.line = line;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c == -1 ? -1 : 1);
            return c;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            return count(super.read(cbuf, off, len));
        }

        private int count(int n) throws Unreadable {
            if (n > 0) {
                read += n;
                if (read - recordStart > MAX_RECORD_CHARS) {
                    throw new Unreadable(line, "the row that starts on this line runs on for more than "
                            + MAX_RECORD_CHARS + " characters; is a quote left open?");
                }
            }
            return n;
        }
    }
}
