package se.asfregister.employment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of an uploaded file, decoded the way a spreadsheet saved it. Swedish Excel saves
 * "CSV UTF-8" with a byte order mark and plain "CSV" in Windows-1252; "Unicode text" is
 * UTF-16 with a byte order mark. Without a mark the first non-ASCII character decides: a
 * valid UTF-8 sequence means UTF-8, anything else Windows-1252 (the bytes before it are
 * ASCII, the same in both). Decoding streams; nothing is read ahead beyond a few bytes.
 */
final class SpreadsheetText extends Reader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What bytes that the file's encoding cannot read are decoded as (U+FFFD, the replacement character). */
    static final char UNREADABLE = '\uFFFD';

    /** A file that is not text at all (a workbook sent as CSV): one problem, saying what to do. */
    static final class NotText extends IOException {
        NotText(String message) {
            super(message);
        }
    }

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private Reader decided;
    private String encoding;

    private SpreadsheetText(InputStream in, Reader decided, String encoding) {
        this.in = in;
        this.decided = decided;
        this.encoding = encoding;
    }

    /** Reads the byte order mark or file signature, if any, and returns the text after it. */
    static SpreadsheetText open(InputStream body) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, 4);
        byte[] head = in.readNBytes(4);
        int n = head.length;
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            throw new NotText("the file is an Excel workbook (.xlsx), not CSV; in Excel choose Save as, "
                    + "CSV UTF-8 (comma delimited), and send that file");
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new NotText("the file is an Excel 97-2003 workbook (.xls), not CSV; in Excel choose Save as, "
                    + "CSV UTF-8 (comma delimited), and send that file");
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            in.unread(head, 3, n - 3);
            return decoded(in, StandardCharsets.UTF_8, "UTF-8 with a byte order mark");
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            in.unread(head, 2, n - 2);
            return decoded(in, StandardCharsets.UTF_16LE, "UTF-16");
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            in.unread(head, 2, n - 2);
            return decoded(in, StandardCharsets.UTF_16BE, "UTF-16");
        }
        in.unread(head, 0, n);
        return new SpreadsheetText(in, null, null);
    }

    private static SpreadsheetText decoded(InputStream in, Charset charset, String name) {
        return new SpreadsheetText(in, new InputStreamReader(in, marking(charset)), name);
    }

    /**
     * Bytes the encoding cannot read become {@link #UNREADABLE}, where they stand: the reader
     * of the records then names the line (an exception here would surface wherever the
     * read-ahead happens to be).
     */
    private static CharsetDecoder marking(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(String.valueOf(UNREADABLE));
    }

    /** How the text was read so far: "UTF-8 with a byte order mark", "Windows-1252", "UTF-8", or ASCII. */
    String encoding() {
        return encoding != null ? encoding : "ASCII (the same in UTF-8 and Windows-1252)";
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (decided != null) {
            return decided.read(cbuf, off, len);
        }
        if (pos == end && !fill()) {
            return -1;
        }
        int n = 0;
        while (n < len && pos < end && buf[pos] >= 0) {
            cbuf[off + n++] = (char) buf[pos++];
        }
        if (n > 0 || len == 0) {
            return n;
        }
        decide();
        return decided.read(cbuf, off, len);
    }

    private boolean fill() throws IOException {
        pos = 0;
        end = Math.max(0, in.readNBytes(buf, 0, buf.length));
        return end > 0;
    }

    /** At the first non-ASCII byte: UTF-8 if it starts a valid UTF-8 sequence, Windows-1252 otherwise. */
    private void decide() throws IOException {
        if (end - pos < 4) {
            byte[] rest = Arrays.copyOfRange(buf, pos, end);
            byte[] more = in.readNBytes(4);
            System.arraycopy(rest, 0, buf, 0, rest.length);
            System.arraycopy(more, 0, buf, rest.length, more.length);
            pos = 0;
            end = rest.length + more.length;
        }
        boolean utf8 = utf8Sequence(buf, pos, end);
        encoding = utf8 ? "UTF-8" : "Windows-1252";
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, pos, end - pos), in);
        decided = new InputStreamReader(rest, marking(utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252));
    }

    /** Whether {@code b[from..to)} starts with one well-formed multi-byte UTF-8 character. */
    static boolean utf8Sequence(byte[] b, int from, int to) {
        int lead = b[from] & 0xFF;
        int continuation = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
        if (continuation < 0 || from + continuation >= to) {
            return false;
        }
        for (int i = 1; i <= continuation; i++) {
            if ((b[from + i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
