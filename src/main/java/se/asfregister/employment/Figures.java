package se.asfregister.employment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import se.asfregister.employment.Figure.Gender;
import se.asfregister.employment.Figure.Stock;
import se.asfregister.web.Problem;

/** The values of one report's {@link Figure}s. */
final class Figures {

    /** The columns of every figure, in order: the counts, then the revenue. */
    static final List<String> FIELDS = Figure.ALL.stream().map(f -> f.column).toList();

    /** Database columns of every figure, in the same order. */
    static final List<String> DB_COLUMNS = Figure.ALL.stream().map(f -> f.dbColumn).toList();

    /** The import/export columns that name a report: the natural key. */
    static final List<String> KEY_COLUMNS = List.of("organisationNumber", "period");

    /** Every import/export column: the natural key, then the figures. */
    static final List<String> COLUMNS;

    static {
        List<String> all = new ArrayList<>(KEY_COLUMNS);
        all.addAll(FIELDS);
        COLUMNS = List.copyOf(all);
    }

    private final long[] values;

    private Figures(long[] values) {
        this.values = values;
    }

    /** The figures that {@code value} gives for each {@link Figure}. */
    static Figures from(ToLongFunction<Figure> value) {
        long[] v = new long[Figure.ALL.size()];
        for (Figure f : Figure.ALL) {
            v[f.ordinal()] = value.applyAsLong(f);
        }
        return new Figures(v);
    }

    long get(Figure f) {
        return values[f.ordinal()];
    }

    /** The columns of the figures whose values differ from {@code other}'s. */
    List<String> changedFrom(Figures other) {
        List<String> changed = new ArrayList<>();
        for (Figure f : Figure.ALL) {
            if (get(f) != other.get(f)) {
                changed.add(f.column);
            }
        }
        return changed;
    }

    /**
     * Rules beyond each value's range: people with wage subsidy are employees, so per gender
     * they cannot outnumber them. {@code name} names a figure as the caller sent it (a JSON path or a column).
     */
    List<Problem.FieldError> crossFieldErrors(Function<Figure, String> name) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Gender g : Gender.values()) {
            Figure employees = Figure.of(Stock.EMPLOYEES, g);
            Figure withSubsidy = Figure.of(Stock.WAGE_SUBSIDY, g);
            if (get(withSubsidy) > get(employees)) {
                errors.add(new Problem.FieldError(name.apply(withSubsidy),
                        "must not be more than " + name.apply(employees) + " (" + get(employees) + ")"));
            }
        }
        return errors;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && Arrays.equals(f.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
