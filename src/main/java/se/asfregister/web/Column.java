package se.asfregister.web;

import java.util.List;
import java.util.function.Function;

/**
 * One column of a CSV or Excel table: its header and how an item's cell reads, written
 * together, so that a header can never stand over another column's cells.
 *
 * @param <T> the item a row is made of
 */
public record Column<T>(String name, Function<? super T, ?> cell) {

    public static <T> Column<T> of(String name, Function<? super T, ?> cell) {
        return new Column<>(name, cell);
    }

    /** The header row. */
    static List<String> names(List<? extends Column<?>> columns) {
        return columns.stream().map(Column::name).toList();
    }

    /** An item's row, one cell per column; a null stays a null (an empty cell). */
    static <T> List<?> row(List<Column<T>> columns, T item) {
        return columns.stream().map(c -> c.cell().apply(item)).toList();
    }
}
