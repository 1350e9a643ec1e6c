package se.asfregister.web;

import java.lang.reflect.Method;
import java.util.Arrays;
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

    /**
     * A column for each component of the record {@code type} in its order, named like the component
     * (its JSON property): an export that shows what the JSON shows cannot miss a field added to
     * the response.
     */
    public static <T extends Record> List<Column<T>> components(Class<T> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> Column.<T>of(c.getName(), item -> read(c.getAccessor(), item))).toList();
    }

    private static Object read(Method accessor, Object item) {
        try {
            return accessor.invoke(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + accessor.getName(), e);
        }
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
