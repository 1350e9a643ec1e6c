package se.asfregister.report;

import java.util.List;
import java.util.Map;
import se.asfregister.report.disclosure.CellStatus;
import se.asfregister.web.HiddenCell;

/**
 * How CSV exports name figures and say why cells are hidden: a figure such as "employees.women"
 * is the column "employeesWomen", a hidden cell reads {@link #HIDDEN}, and the row's last column,
 * {@code status}, lists "column:reason" for each hidden cell, separated by ";".
 */
public final class StatusColumn {

    /** What a hidden cell reads in CSV (Statistics Sweden's mark for a figure that cannot be published). */
    public static final String HIDDEN = "..";

    public static final String NAME = "status";

    private StatusColumn() {
    }

    /** "employees.women" becomes the column "employeesWomen". */
    public static String column(String figure) {
        int dot = figure.indexOf('.');
        return dot < 0 ? figure : figure.substring(0, dot) + Character.toUpperCase(figure.charAt(dot + 1))
                + figure.substring(dot + 2);
    }

    /** The status column of a row whose hidden cells are {@code status}, in the given figure order. */
    public static String of(List<String> figures, Map<String, CellStatus> status) {
        return String.join(";", figures.stream().filter(status::containsKey)
                .map(f -> column(f) + ":" + status.get(f).code()).toList());
    }

    /** A value as a table cell: the value, or a hidden cell ({@link #HIDDEN} in CSV, blank in Excel). */
    public static Object cell(Object value) {
        return value == null ? HiddenCell.INSTANCE : value;
    }
}
