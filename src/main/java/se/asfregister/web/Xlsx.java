package se.asfregister.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel (.xlsx) tables, written with Apache POI's streaming writer: only a window of rows is
 * kept in memory (the rest goes to a compressed temporary file until the workbook is written),
 * so the national export stays within a small heap. One sheet, a frozen header row of Swedish
 * column names, typed cells: numbers are numbers, dates are dates, true/false are booleans,
 * and a {@link HiddenCell} is blank (its status stands in the row's status column). Text is
 * always a text cell, never a formula, so no CSV-style escaping is needed. A table longer
 * than one sheet allows continues on a further sheet with the same header.
 */
public final class Xlsx implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows kept in memory before they are flushed to the temporary file. */
    private static final int WINDOW = 200;
    /** Rows of a sheet, the header row included. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final Properties HEADERS = headers();

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final OutputStream out;
    private final String sheetName;
    private final List<String> columns;
    private final int maxRows;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private SXSSFSheet sheet;
    private int nextRow;

    /** A workbook whose sheet is named {@code sheetName}, with the Swedish header of each column key. */
    public Xlsx(OutputStream out, String sheetName, List<String> columns) {
        this(out, sheetName, columns, MAX_ROWS);
    }

    /** With fewer rows per sheet than Excel's maximum, to test the continuation sheets. */
    Xlsx(OutputStream out, String sheetName, List<String> columns, int maxRows) {
        this.maxRows = maxRows;
        this.out = out;
        this.sheetName = sheetName;
        this.columns = columns;
        workbook.setCompressTempFiles(true);
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        newSheet();
    }

    /** The Swedish column header of a CSV column key; every exported column has one. */
    public static String header(String column) {
        String h = HEADERS.getProperty(column);
        if (h == null) {
            throw new IllegalStateException("no Swedish header for the column " + column + " in i18n/columns_sv.properties");
        }
        return h;
    }

    public void row(List<?> values) {
        if (nextRow == maxRows) {
            newSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            write(row, i, values.get(i));
        }
    }

    /** Writes the workbook to the stream and deletes the temporary files. */
    @Override
    public void close() throws IOException {
        try (workbook) {
            workbook.write(out);
        }
    }

    private void newSheet() {
        int number = workbook.getNumberOfSheets();
        sheet = workbook.createSheet(number == 0 ? sheetName : sheetName + " " + (number + 1));
        sheet.createFreezePane(0, 1);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            String text = header(columns.get(i));
            Cell c = header.createCell(i);
            c.setCellValue(text);
            c.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, Math.min(60, Math.max(10, text.length() + 2)) * 256);
        }
        nextRow = 1;
    }

    private void write(Row row, int column, Object value) {
        if (value == null || value == HiddenCell.INSTANCE || "".equals(value)
                || value instanceof List<?> l && l.isEmpty()) {
            return;
        }
        Cell c = row.createCell(column);
        if (value instanceof BigDecimal d) {
            c.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            c.setCellValue(b);
        } else if (value instanceof LocalDate d) {
            c.setCellValue(d);
            c.setCellStyle(dateStyle);
        } else if (value instanceof List<?> list) {
            c.setCellValue(String.join(";", list.stream().map(String::valueOf).toList()));
        } else if (value instanceof Enum<?> e) {
            c.setCellValue(e.name());
        } else {
            c.setCellValue(value.toString());
        }
    }

    private static Properties headers() {
        Properties p = new Properties();
        try (var in = Xlsx.class.getResourceAsStream("/i18n/columns_sv.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
