package se.asfregister.employment;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;

/**
 * The figures of an employment report, each defined once by name: its import/export column
 * (also the JSON property of an import row and the {@link EmploymentReport} property), its
 * database column, its upper bound and the entity field that holds it. Headcounts are stocks
 * split by gender; transitions and revenue are flows. Every list of figures (request, response,
 * import, export, audit, report SQL) is derived from this order.
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
    TRANSITIONS_TO_WORK("transitionsToWork", "transitions_to_work", Figure.MAX_COUNT, r -> r.transitionsToWork,
            (r, v) -> r.transitionsToWork = (int) v),
    TRANSITIONS_TO_EDUCATION("transitionsToEducation", "transitions_to_education", Figure.MAX_COUNT,
            r -> r.transitionsToEducation, (r, v) -> r.transitionsToEducation = (int) v),
    REVENUE_SEK("revenueSek", "revenue_sek", Figure.MAX_REVENUE, r -> r.revenueSek, (r, v) -> r.revenueSek = v);

    /** The largest count of persons a report may state. */
    public static final int MAX_COUNT = 100_000;
    /** The largest revenue a report may state, in SEK. */
    public static final long MAX_REVENUE = 10_000_000_000_000L;

    /** Every figure, in column order. */
    public static final List<Figure> ALL = List.of(values());

    /** The import/export column, JSON property of an import row and entity property: "wageSubsidyWomen". */
    public final String column;
    /** The column of table {@code employment_report}: "wage_subsidy_women". */
    public final String dbColumn;
    /** The headcount this figure is a part of, or null for a flow. */
    public final Stock stock;
    /** The gender of a headcount's part, or null for a flow. */
    public final Gender gender;
    final long max;
    private final ToLongFunction<EmploymentReport> get;
    private final ObjLongConsumer<EmploymentReport> set;

    Figure(Stock stock, Gender gender, ToLongFunction<EmploymentReport> get, ObjLongConsumer<EmploymentReport> set) {
        this(stock.column + gender.capitalized(), stock.dbColumn + "_" + gender.json, MAX_COUNT, stock, gender, get,
                set);
    }

    Figure(String column, String dbColumn, long max, ToLongFunction<EmploymentReport> get,
            ObjLongConsumer<EmploymentReport> set) {
        this(column, dbColumn, max, null, null, get, set);
    }

    Figure(String column, String dbColumn, long max, Stock stock, Gender gender,
            ToLongFunction<EmploymentReport> get, ObjLongConsumer<EmploymentReport> set) {
        this.column = column;
        this.dbColumn = dbColumn;
        this.max = max;
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

    /** Whether its column is a BIGINT (the revenue) rather than an INTEGER. */
    boolean bigint() {
        return max > Integer.MAX_VALUE;
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

    /**
     * A headcount at the end of the quarter, split by gender: its name as a JSON object of a report
     * and a figure family of the annual report, its prefix among the import columns and in the database.
     */
    public enum Stock {
        EMPLOYEES("employees", "employees", "employees", false),
        WAGE_SUBSIDY("employeesWithWageSubsidy", "wageSubsidy", "wage_subsidy", false),
        WORK_TRAINING("workTraining", "workTraining", "work_training", true),
        REHABILITATION("rehabilitation", "rehabilitation", "rehabilitation", true),
        INTERNSHIPS("internships", "internships", "internships", true);

        public final String json;
        final String column;
        public final String dbColumn;
        /** Whether its persons are participants (sysselsatta): work training, rehabilitation, internships. */
        public final boolean participants;

        Stock(String json, String column, String dbColumn, boolean participants) {
            this.json = json;
            this.column = column;
            this.dbColumn = dbColumn;
            this.participants = participants;
        }

        /** The stocks whose persons are participants. */
        public static List<Stock> participantStocks() {
            return Arrays.stream(values()).filter(s -> s.participants).toList();
        }
    }

    /** The genders a headcount is split by; as JSON properties and column suffixes. */
    public enum Gender {
        WOMEN, MEN, OTHER;

        /** "women", "men", "other". */
        public final String json = name().toLowerCase(Locale.ROOT);

        String capitalized() {
            return json.substring(0, 1).toUpperCase(Locale.ROOT) + json.substring(1);
        }
    }
}
