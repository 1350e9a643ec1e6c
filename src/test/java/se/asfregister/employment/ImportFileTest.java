package se.asfregister.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asfregister.employment.EmploymentRecords.ImportError;

/**
 * The frame every import file is read in ({@link ImportCsv#read}) and the row limit of every
 * import ({@link ImportErrors#admit}): the problems of the file as a whole, the same for the
 * employment and the participant import.
 */
class ImportFileTest {

    /** A batch that keeps each record's first value, at most three rows. */
    private static final class Batch extends ImportErrors {
        final List<String> firsts = new ArrayList<>();

        void add(ImportCsv.Line line) {
            if (admit(line.number(), 3)) {
                firsts.add(line.values().get(0));
            }
        }
    }

    private static Batch read(String file) {
        return read(file.getBytes(StandardCharsets.UTF_8));
    }

    private static Batch read(byte[] file) {
        Batch batch = new Batch();
        ImportCsv.read(new ByteArrayInputStream(file), batch, " a,b", (header, format) -> batch::add);
        return batch;
    }

    @Test
    void everyRecordAfterTheHeaderIsARowWithItsLine() {
        // line 1 the header, line 3 blank (skipped), rows on lines 2 and 4
        Batch batch = read("a,b\nx,1\n\ny,2\n");
        assertEquals(List.of("x", "y"), batch.firsts);
        assertEquals(2, batch.rowsRead());
        assertEquals(0, batch.errorCount());
    }

    @Test
    void anEmptyFileSaysWhichColumnsTheFirstRowMustName() {
        Batch batch = read("");
        assertEquals(List.of(new ImportError(0, "header", "the file is empty; the first row must name the columns a,b")),
                batch.errors);
    }

    @Test
    void aHeaderWithoutRowsIsAProblemOfTheHeaderLine() {
        Batch batch = read("\na,b\n");
        assertEquals(List.of(new ImportError(2, "header", "the file has a header but no rows")), batch.errors);
    }

    @Test
    void aHeaderTheFeatureRefusesReadsNoRows() {
        Batch batch = new Batch();
        ImportCsv.read(new ByteArrayInputStream("a,b\nx,1\n".getBytes(StandardCharsets.UTF_8)), batch, " a,b",
                (header, format) -> null);
        assertEquals(0, batch.rowsRead());
        assertEquals(0, batch.errorCount());
    }

    @Test
    void aQuoteLeftOpenIsAProblemOfTheBodyFromItsLine() {
        Batch batch = read("a,b\nx,1\n\"y,2\n");
        assertEquals(1, batch.errorCount());
        assertEquals(3, batch.errors.get(0).row());
        assertEquals("body", batch.errors.get(0).field());
        assertTrue(batch.errors.get(0).message().contains("not closed before the end of the file"));
    }

    @Test
    void aWorkbookIsNotReadAsText() {
        // the first bytes of every .xlsx: a ZIP file
        Batch batch = read(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        assertEquals(1, batch.errorCount());
        assertEquals(0, batch.errors.get(0).row());
        assertTrue(batch.errors.get(0).message().contains("Excel workbook (.xlsx)"), batch.errors.get(0).message());
    }

    @Test
    void rowsBeyondTheLimitAreOneProblemOfTheFile() {
        // a limit of 3: rows on lines 5 and 6 are too many; one problem, at the first of them
        Batch batch = read("a\n1\n2\n3\n4\n5\n");
        assertEquals(List.of("1", "2", "3"), batch.firsts);
        assertEquals(List.of(new ImportError(5, "row", "an import has at most 3 rows; split the file")),
                batch.errors);
    }
}
