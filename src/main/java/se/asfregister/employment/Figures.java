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

    /** The columns of every figure, in order: the counts, the flows, then the optional counts. */
    static final List<String> FIELDS = Figure.ALL.stream().map(f -> f.column).toList();

    /** Database columns of every figure, in the same order. */
    static final List<String> DB_COLUMNS = Figure.ALL.stream().map(f -> f.dbColumn).toList();

    /** The import/export columns that name a report: the natural key. */
    static final List<String> KEY_COLUMNS = List.of("organisationNumber", "period");

    /** Every import/export column: the natural key, then the figures. */
    static final List<String> COLUMNS;

    /** The columns an import file must have: all but the optional figures'. */
    static final List<String> REQUIRED_COLUMNS;

    static {
        List<String> all = new ArrayList<>(KEY_COLUMNS);
        all.addAll(FIELDS);
        COLUMNS = List.copyOf(all);
        all.removeIf(c -> Figure.ALL.stream().anyMatch(f -> f.optional() && f.column.equals(c)));
        REQUIRED_COLUMNS = List.copyOf(all);
    }

    /**
     * The headcounts and flows by {@link Figure#ordinal()}, and the revenue (the one
     * {@link Figure#bigint()} figure) apart: an import holds two of these per row (the row's and
     * the stored report's), 200,000 rows at most, and ints take half the heap of longs.
     */
    private final int[] counts;
    private final long revenue;

    private Figures(int[] counts, long revenue) {
        this.counts = counts;
        this.revenue = revenue;
    }

    /** The figures that {@code value} gives for each {@link Figure}. */
    static Figures from(ToLongFunction<Figure> value) {
        int[] counts = new int[Figure.ALL.size()];
        long revenue = 0;
        for (Figure f : Figure.ALL) {
            if (f.bigint()) {
                revenue = value.applyAsLong(f);
            } else {
                counts[f.ordinal()] = Math.toIntExact(value.applyAsLong(f));
            }
        }
        return new Figures(counts, revenue);
    }

    long get(Figure f) {
        return f.bigint() ? revenue : counts[f.ordinal()];
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
     * Rules beyond each value's range: people with wage subsidy and disadvantaged employees are
     * employees, so per gender they cannot outnumber them; an optional headcount is stated for
     * every gender or for none. {@code name} names a figure as the caller sent it (a JSON path or a column).
     */
    List<Problem.FieldError> crossFieldErrors(Function<Figure, String> name) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Stock part : List.of(Stock.WAGE_SUBSIDY, Stock.DISADVANTAGED)) {
            for (Gender g : Gender.values()) {
                Figure employees = Figure.of(Stock.EMPLOYEES, g);
                Figure f = Figure.of(part, g);
                if (get(f) > get(employees)) {
                    errors.add(new Problem.FieldError(name.apply(f),
                            "must not be more than " + name.apply(employees) + " (" + get(employees) + ")"));
                }
            }
        }
        errors.addAll(partlyStated(Stock.DISADVANTAGED, name));
        return errors;
    }

    /** The missing parts of an optional headcount that is stated for some genders only. */
    private List<Problem.FieldError> partlyStated(Stock stock, Function<Figure, String> name) {
        List<Figure> parts = Arrays.stream(Gender.values()).map(g -> Figure.of(stock, g)).toList();
        List<Figure> missing = parts.stream().filter(f -> get(f) == Figure.ABSENT).toList();
        if (missing.isEmpty() || missing.size() == parts.size()) {
            return List.of();
        }
        String all = String.join(", ", parts.stream().map(name).toList());
        return missing.stream().map(f -> new Problem.FieldError(name.apply(f),
                "is required when any of " + all + " is given")).toList();
    }

    /** The values of {@code stock} per gender, or null when the report does not state it. */
    long[] stated(Stock stock) {
        long[] v = Arrays.stream(Gender.values()).mapToLong(g -> get(Figure.of(stock, g))).toArray();
        return Arrays.stream(v).anyMatch(x -> x == Figure.ABSENT) ? null : v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && f.revenue == revenue && Arrays.equals(f.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Long.hashCode(revenue);
    }

    @Override
    public String toString() {
        return Arrays.toString(Figure.ALL.stream().mapToLong(this::get).toArray());
    }
}
