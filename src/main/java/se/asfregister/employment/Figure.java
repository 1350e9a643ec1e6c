package se.asfregister.employment;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;

/**
 * The figures of an employment report, each defined once: its name is its database column
 * ({@code WAGE_SUBSIDY_WOMEN}: {@code wage_subsidy_women}), from which its import/export column
 * (also the JSON property of an import row and the {@link EmploymentReport} property) follows
 * as camel case ({@code wageSubsidyWomen}), and the entity field that holds it. Headcounts are stocks
 * split by gender; transitions and revenue are flows. Every list of figures (request, response,
 * import, export, audit, report SQL) is derived from this order. The disadvantaged employees
 * come last: an optional headcount ({@link #ABSENT} in reports that do not state it), so files
 * written before it existed still import, column for column.
 */
public enum Figure {
    EMPLOYEES_WOMEN(Stock.EMPLOYEES, Gender.WOMEN, r -> r.employeesWomen, (r, v) -> r.employeesWomen = (int) v),
    EMPLOYEES_MEN(Stock.EMPLOYEES, Gender.MEN, r -> r.employeesMen, (r, v) -> r.employeesMen = (int) v),
    EMPLOYEES_OTHER(Stock.EMPLOYEES, Gender.OTHER, r -> r.employeesOther, (r, v) -> r.employeesOther = (int) v),
    WAGE_SUBSIDY_WOMEN(Stock.WAGE_SUBSIDY, Gender.WOMEN, r -> r.wageSubsidyWomen,
            (r, v) -> r.wageSubsidyWomen = (int) v),
    WAGE_SUBSIDY_MEN(Stock.WAGE_SUBSIDY, Gender.MEN, r -> r.wageSubsidyMen, (r, v) -> r.wageSubsidyMen = (int) v),
    WAGE_SUBSIDY_OTHER(Stock.WAGE_SUBSIDY, Gender.OTHER, r -> r.wageSubsidyOther,
            (r, v) -> r.wageSubsidyOther = (int) v),
    WORK_TRAINING_WOMEN(Stock.WORK_TRAINING, Gender.WOMEN, r -> r.workTrainingWomen,
            (r, v) -> r.workTrainingWomen = (int) v),
    WORK_TRAINING_MEN(Stock.WORK_TRAINING, Gender.MEN, r -> r.workTrainingMen, (r, v) -> r.workTrainingMen = (int) v),
    WORK_TRAINING_OTHER(Stock.WORK_TRAINING, Gender.OTHER, r -> r.workTrainingOther,
            (r, v) -> r.workTrainingOther = (int) v),
    REHABILITATION_WOMEN(Stock.REHABILITATION, Gender.WOMEN, r -> r.rehabilitationWomen,
            (r, v) -> r.rehabilitationWomen = (int) v),
    REHABILITATION_MEN(Stock.REHABILITATION, Gender.MEN, r -> r.rehabilitationMen,
            (r, v) -> r.rehabilitationMen = (int) v),
    REHABILITATION_OTHER(Stock.REHABILITATION, Gender.OTHER, r -> r.rehabilitationOther,
            (r, v) -> r.rehabilitationOther = (int) v),
    INTERNSHIPS_WOMEN(Stock.INTERNSHIPS, Gender.WOMEN, r -> r.internshipsWomen,
            (r, v) -> r.internshipsWomen = (int) v),
    INTERNSHIPS_MEN(Stock.INTERNSHIPS, Gender.MEN, r -> r.internshipsMen, (r, v) -> r.internshipsMen = (int) v),
    INTERNSHIPS_OTHER(Stock.INTERNSHIPS, Gender.OTHER, r -> r.internshipsOther,
            (r, v) -> r.internshipsOther = (int) v),
    TRANSITIONS_TO_WORK(r -> r.transitionsToWork, (r, v) -> r.transitionsToWork = (int) v),
    TRANSITIONS_TO_EDUCATION(r -> r.transitionsToEducation, (r, v) -> r.transitionsToEducation = (int) v),
    REVENUE_SEK(r -> r.revenueSek, (r, v) -> r.revenueSek = v),
    DISADVANTAGED_WOMEN(Stock.DISADVANTAGED, Gender.WOMEN, r -> orAbsent(r.disadvantagedWomen),
            (r, v) -> r.disadvantagedWomen = orNull(v)),
    DISADVANTAGED_MEN(Stock.DISADVANTAGED, Gender.MEN, r -> orAbsent(r.disadvantagedMen),
            (r, v) -> r.disadvantagedMen = orNull(v)),
    DISADVANTAGED_OTHER(Stock.DISADVANTAGED, Gender.OTHER, r -> orAbsent(r.disadvantagedOther),
            (r, v) -> r.disadvantagedOther = orNull(v));

    /** The value of an optional figure that a report does not state (null in the database and in JSON). */
    public static final long ABSENT = -1;

    /** The largest count of persons a report may state. */
    public static final int MAX_COUNT = 100_000;
    /** The largest revenue a report may state, in SEK. */
    public static final long MAX_REVENUE = 10_000_000_000_000L;

    /** Every figure, in column order. */
    public static final List<Figure> ALL = List.of(values());

    /** The column of table {@code employment_report}: "wage_subsidy_women". */
    public final String dbColumn;
    /** The import/export column, JSON property of an import row and entity property: "wageSubsidyWomen". */
    public final String column;
    /** The headcount this figure is a part of, or null for a flow. */
    public final Stock stock;
    /** The gender of a headcount's part, or null for a flow. */
    public final Gender gender;
    private final ToLongFunction<EmploymentReport> get;
    private final ObjLongConsumer<EmploymentReport> set;

    /** A flow. */
    Figure(ToLongFunction<EmploymentReport> get, ObjLongConsumer<EmploymentReport> set) {
        this(null, null, get, set);
    }

    /** The part of a headcount for one gender; its name is the stock's and the gender's. */
    Figure(Stock stock, Gender gender, ToLongFunction<EmploymentReport> get, ObjLongConsumer<EmploymentReport> set) {
        this.dbColumn = name().toLowerCase(Locale.ROOT);
        this.column = camelCase(dbColumn);
        this.stock = stock;
        this.gender = gender;
        this.get = get;
        this.set = set;
    }

    private static final Map<Stock, Map<Gender, Figure>> PARTS = new EnumMap<>(Stock.class);

    static {
        for (Figure f : values()) {
            if (f.stock != null) {
                PARTS.computeIfAbsent(f.stock, s -> new EnumMap<>(Gender.class)).put(f.gender, f);
            }
        }
    }

    /** The part of {@code stock} for {@code gender}. */
    public static Figure of(Stock stock, Gender gender) {
        return PARTS.get(stock).get(gender);
    }

    /** Whether a report may leave it out: it is part of an optional headcount. */
    public boolean optional() {
        return stock != null && stock.optional;
    }

    private static long orAbsent(Integer value) {
        return value == null ? ABSENT : value;
    }

    private static Integer orNull(long value) {
        return value == ABSENT ? null : (int) value;
    }

    /** The largest value a report may state. */
    long max() {
        return this == REVENUE_SEK ? MAX_REVENUE : MAX_COUNT;
    }

    /** Whether its column is a BIGINT (the revenue) rather than an INTEGER. */
    boolean bigint() {
        return this == REVENUE_SEK;
    }

    long get(EmploymentReport r) {
        return get.applyAsLong(r);
    }

    void set(EmploymentReport r, long value) {
        set.accept(r, value);
    }

    /** The database columns of {@code figures}, comma separated, each prefixed with {@code alias}. */
    public static String dbColumns(List<Figure> figures, String alias) {
        return String.join(", ", figures.stream().map(f -> alias + f.dbColumn).toList());
    }

    /** "wage_subsidy_women" → "wageSubsidyWomen". */
    private static String camelCase(String snake) {
        StringBuilder s = new StringBuilder();
        for (String word : snake.split("_")) {
            s.append(s.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return s.toString();
    }

    /** A headcount at the end of the quarter, split by gender. */
    public enum Stock {
        EMPLOYEES("employees"),
        WAGE_SUBSIDY("employeesWithWageSubsidy"),
        WORK_TRAINING("workTraining"),
        REHABILITATION("rehabilitation"),
        INTERNSHIPS("internships"),
        /**
         * Employees who are persons with disabilities or disadvantaged persons (LOU 4 kap. 18 §),
         * a part of {@link #EMPLOYEES}: what reserved-contract eligibility rests on.
         */
        DISADVANTAGED("disadvantagedEmployees", true);

        /** Its name as a JSON object of a report and as a figure family of the annual report. */
        public final String json;
        /** The prefix of its database columns: "wage_subsidy". */
        public final String dbColumn = name().toLowerCase(Locale.ROOT);
        /** Whether a report may leave it out (reports written before it existed do). */
        public final boolean optional;

        Stock(String json) {
            this(json, false);
        }

        Stock(String json, boolean optional) {
            this.json = json;
            this.optional = optional;
        }

        /**
         * The headcounts every report states: the ones the annual report sums. An optional one
         * is left out there, since a sum over reports that do and do not state it would show
         * "not stated" as zero.
         */
        public static List<Stock> required() {
            return Arrays.stream(values()).filter(s -> !s.optional).toList();
        }

        /** Whether its persons are participants (sysselsatta): work training, rehabilitation, internships. */
        public boolean participants() {
            return this == WORK_TRAINING || this == REHABILITATION || this == INTERNSHIPS;
        }

        /** The stocks whose persons are participants. */
        public static List<Stock> participantStocks() {
            return Arrays.stream(values()).filter(Stock::participants).toList();
        }
    }

    /** The genders a headcount is split by; as JSON properties and column suffixes. */
    public enum Gender {
        WOMEN, MEN, OTHER;

        /** "women", "men", "other". */
        public final String json = name().toLowerCase(Locale.ROOT);
    }
}
