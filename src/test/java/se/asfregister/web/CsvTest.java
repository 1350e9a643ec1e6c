package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaStaysText() {
        // OWASP's list: =, +, -, @, tab and carriage return at the start of a cell
        assertEquals("'=1+2", Csv.field("=1+2"));
        assertEquals("'+46 23 00 00 00", Csv.field("+46 23 00 00 00"));
        assertEquals("'-2+3", Csv.field("-2+3"));
        assertEquals("'@SUM(A1:A2)", Csv.field("@SUM(A1:A2)"));
        assertEquals("'\tcmd", Csv.field("\tcmd"));
        assertEquals("\"'\r=cmd\"", Csv.field("\r=cmd"));
        assertEquals("\"'=HYPERLINK(\"\"https://example.org\"\")\"", Csv.field("=HYPERLINK(\"https://example.org\")"));
        // a list cell starts with its first element
        assertEquals("\"'=cmd;café\"", Csv.field(List.of("=cmd", "café")));
        // in the middle of a cell these characters are harmless
        assertEquals("Återbruk - Falun", Csv.field("Återbruk - Falun"));
    }

    @Test
    void numbersDatesAndConstantsAreNotText() {
        assertEquals("-5", Csv.field(-5L));
        assertEquals("-1.50", Csv.field(new BigDecimal("-1.50")));
        assertEquals("15", Csv.field(new BigDecimal("1.5E+1")));
        assertEquals("2025-01-01", Csv.field(LocalDate.of(2025, 1, 1)));
        assertEquals("true", Csv.field(true));
    }

    @Test
    void aSemicolonIsQuotedSoThatSwedishExcelKeepsTheCellWhole() {
        // Swedish Excel separates cells with ';': unquoted, "x;=cmd" would start a new cell with a formula
        assertEquals("\"x;=cmd\"", Csv.field("x;=cmd"));
        assertEquals("\"1;2\"", Csv.field(List.of(1L, 2L)));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("plain", Csv.field("plain"));
        assertEquals("", Csv.field(null));
    }
}
