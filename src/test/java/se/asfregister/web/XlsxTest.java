package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streaming Excel writer, read back with POI's full reader. */
class XlsxTest {

    private static final List<String> COLUMNS = List.of("id", "name", "foundedOn", "meetsAsfCriteria", "industries",
            "kind", "targetValue", "employeesOther", "status");

    private enum Kind { TRAINING }

    @Test
    void cellsAreTypedAndHiddenCellsBlank() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Xlsx x = new Xlsx(out, "Företag", COLUMNS)) {
            x.row(Arrays.asList(7L, "=HYPERLINK(\"x\")", LocalDate.of(2012, 3, 1), true, List.of("café", "catering"),
                    Kind.TRAINING, new BigDecimal("12.50"), HiddenCell.INSTANCE, "employeesOther:small-count"));
            x.row(Arrays.asList(8, null, null, false, List.of(), null, -3, 2, ""));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("Företag");
            assertTrue(s.getPaneInformation().isFreezePane());
            assertEquals("Organisationsnummer", Xlsx.header("organisationNumber"));
            assertEquals("Id", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Anställda, annat kön", s.getRow(0).getCell(7).getStringCellValue());
            assertTrue(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            Row r = s.getRow(1);
            assertEquals(7.0, r.getCell(0).getNumericCellValue());
            // a formula-like text stays text: a spreadsheet never runs it
            assertEquals(CellType.STRING, r.getCell(1).getCellType());
            assertEquals("=HYPERLINK(\"x\")", r.getCell(1).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(r.getCell(2)));
            assertEquals(LocalDate.of(2012, 3, 1), r.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertTrue(r.getCell(3).getBooleanCellValue());
            assertEquals("café;catering", r.getCell(4).getStringCellValue());
            assertEquals("TRAINING", r.getCell(5).getStringCellValue());
            assertEquals(12.5, r.getCell(6).getNumericCellValue());
            assertNull(r.getCell(7), "a hidden cell is blank");
            assertEquals("employeesOther:small-count", r.getCell(8).getStringCellValue());
            Row second = s.getRow(2);
            assertNull(second.getCell(1));
            assertNull(second.getCell(4), "an empty list is blank");
            assertEquals(-3.0, second.getCell(6).getNumericCellValue());
            assertNull(second.getCell(8), "no hidden cell: the status column is blank");
        }
    }

    @Test
    void aTableLongerThanASheetContinuesWithTheSameHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Xlsx x = new Xlsx(out, "Mål", List.of("id"), 3)) {
            for (int i = 1; i <= 5; i++) {
                x.row(List.of(i));
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            // 3 rows a sheet: header + 2 rows, three times
            assertEquals(List.of("Mål", "Mål 2", "Mål 3"), List.of(wb.getSheetName(0), wb.getSheetName(1),
                    wb.getSheetName(2)));
            assertEquals("Id", wb.getSheetAt(2).getRow(0).getCell(0).getStringCellValue());
            assertEquals(5.0, wb.getSheetAt(2).getRow(1).getCell(0).getNumericCellValue());
            assertEquals(1, wb.getSheetAt(2).getLastRowNum());
        }
    }
}
