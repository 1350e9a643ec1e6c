package se.asfregister.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.function.Function;

/**
 * Tables for people who read them in a spreadsheet: every list and report that answers
 * {@code text/csv} answers Excel (.xlsx) as well, from the same columns and the same rows, so
 * the two can never differ. Resources declare both media types and hand their table here.
 */
public final class Tables {

    private Tables() {
    }

    /** Whether the Accept header prefers Excel to CSV (the first acceptable type that either matches decides). */
    public static boolean wantsXlsx(HttpHeaders headers) {
        MediaType xlsx = MediaType.valueOf(Xlsx.MEDIA_TYPE);
        MediaType csv = MediaType.valueOf(Csv.MEDIA_TYPE);
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isCompatible(csv)) {
                return false;
            }
            if (m.isCompatible(xlsx)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A 200 with the header row and one row per item, as CSV or as Excel. {@code name} names the
     * download ({@code name.xlsx}) and, through the Swedish headers, the sheet ({@code sheet.name}).
     */
    public static <T> Response response(HttpHeaders headers, String name, List<String> columns, List<T> items,
            Function<T, List<?>> toRow) {
        if (!wantsXlsx(headers)) {
            return Csv.response(columns, items, toRow);
        }
        StreamingOutput body = out -> {
            try (Xlsx x = new Xlsx(out, Xlsx.header("sheet." + name), columns)) {
                items.forEach(item -> x.row(toRow.apply(item)));
            }
        };
        return xlsx(body, name);
    }

    /** The same, for a table of named columns. */
    public static <T> Response response(HttpHeaders headers, String name, List<Column<T>> columns, List<T> items) {
        return response(headers, name, Column.names(columns), items, item -> Column.row(columns, item));
    }

    /** A 200 Excel download named {@code name.xlsx}. */
    public static Response xlsx(StreamingOutput body, String name) {
        return Response.ok(body, Xlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
    }
}
