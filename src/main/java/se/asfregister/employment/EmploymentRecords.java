package se.asfregister.employment;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import se.asfregister.employment.Figure.Gender;
import se.asfregister.employment.Figure.Stock;

/** The employment report's shapes at the HTTP boundary. */
public final class EmploymentRecords {

    private EmploymentRecords() {
    }

    /** A headcount split by gender, as sent. */
    public record Counts(
            @NotNull @Min(0) @Max(Figure.MAX_COUNT) Integer women,
            @NotNull @Min(0) @Max(Figure.MAX_COUNT) Integer men,
            @NotNull @Min(0) @Max(Figure.MAX_COUNT) Integer other) {

        int of(Gender g) {
            return switch (g) {
                case WOMEN -> women;
                case MEN -> men;
                case OTHER -> other;
            };
        }
    }

    /**
     * Body of PUT; every field is required but {@code disadvantagedEmployees}, which reports
     * that do not state it leave out (a PUT without it leaves the report without it).
     */
    public record ReportRequest(
            @NotNull @Valid Counts employees,
            @NotNull @Valid Counts employeesWithWageSubsidy,
            @NotNull @Valid Counts workTraining,
            @NotNull @Valid Counts rehabilitation,
            @NotNull @Valid Counts internships,
            @NotNull @Min(0) @Max(Figure.MAX_COUNT) Integer transitionsToWork,
            @NotNull @Min(0) @Max(Figure.MAX_COUNT) Integer transitionsToEducation,
            @NotNull @Min(0) @Max(Figure.MAX_REVENUE) Long revenueSek,
            @Valid Counts disadvantagedEmployees) {

        Figures figures() {
            Map<Stock, Counts> stocks = new EnumMap<>(Map.of(Stock.EMPLOYEES, employees, Stock.WAGE_SUBSIDY,
                    employeesWithWageSubsidy, Stock.WORK_TRAINING, workTraining, Stock.REHABILITATION, rehabilitation,
                    Stock.INTERNSHIPS, internships));
            if (disadvantagedEmployees != null) {
                stocks.put(Stock.DISADVANTAGED, disadvantagedEmployees);
            }
            Map<Figure, Long> flows = Map.of(Figure.TRANSITIONS_TO_WORK, (long) transitionsToWork,
                    Figure.TRANSITIONS_TO_EDUCATION, (long) transitionsToEducation, Figure.REVENUE_SEK, revenueSek);
            return Figures.from(f -> f.stock == null ? flows.get(f)
                    : stocks.containsKey(f.stock) ? stocks.get(f.stock).of(f.gender) : Figure.ABSENT);
        }

        /** How a figure is named in this body: "employeesWithWageSubsidy.women". */
        static String path(Figure f) {
            return f.stock == null ? f.column : f.stock.json + "." + f.gender.json;
        }
    }

    /** A headcount split by gender, with its total. */
    public record CountsWithTotal(int women, int men, int other, int total) {

        static CountsWithTotal of(int women, int men, int other) {
            return new CountsWithTotal(women, men, other, women + men + other);
        }

        /** The headcount of an optional {@code stock}, or null when the report does not state it. */
        static CountsWithTotal ofStated(Figures f, Stock stock) {
            long[] v = f.stated(stock);
            return v == null ? null : of((int) v[0], (int) v[1], (int) v[2]);
        }

        /** The headcount of {@code stocks} summed, per gender. */
        static CountsWithTotal of(Figures f, List<Stock> stocks) {
            ToIntFunction<Gender> sum = g -> stocks.stream().mapToInt(s -> (int) f.get(Figure.of(s, g))).sum();
            return of(sum.applyAsInt(Gender.WOMEN), sum.applyAsInt(Gender.MEN), sum.applyAsInt(Gender.OTHER));
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReportResponse(
            long companyId,
            String period,
            CountsWithTotal employees,
            CountsWithTotal employeesWithWageSubsidy,
            CountsWithTotal workTraining,
            CountsWithTotal rehabilitation,
            CountsWithTotal internships,
            int transitionsToWork,
            int transitionsToEducation,
            long revenueSek,
            int employeesTotal,
            CountsWithTotal participants,
            CountsWithTotal disadvantagedEmployees,
            long version,
            Instant createdAt,
            Instant updatedAt) implements QuarterlyReportService.Addressed {

        static ReportResponse of(EmploymentReport r) {
            Figures f = r.figures();
            CountsWithTotal employees = CountsWithTotal.of(f, List.of(Stock.EMPLOYEES));
            return new ReportResponse(r.companyId, r.period, employees,
                    CountsWithTotal.of(f, List.of(Stock.WAGE_SUBSIDY)),
                    CountsWithTotal.of(f, List.of(Stock.WORK_TRAINING)),
                    CountsWithTotal.of(f, List.of(Stock.REHABILITATION)),
                    CountsWithTotal.of(f, List.of(Stock.INTERNSHIPS)),
                    r.transitionsToWork, r.transitionsToEducation, r.revenueSek, employees.total(),
                    CountsWithTotal.of(f, Stock.participantStocks()), CountsWithTotal.ofStated(f, Stock.DISADVANTAGED),
                    r.version, r.createdAt, r.updatedAt);
        }
    }

    /** One flat row of a JSON import: the CSV columns as properties. Checked row by row, not by bean validation. */
    public record ImportRow(
            String organisationNumber, String period,
            Integer employeesWomen, Integer employeesMen, Integer employeesOther,
            Integer wageSubsidyWomen, Integer wageSubsidyMen, Integer wageSubsidyOther,
            Integer workTrainingWomen, Integer workTrainingMen, Integer workTrainingOther,
            Integer rehabilitationWomen, Integer rehabilitationMen, Integer rehabilitationOther,
            Integer internshipsWomen, Integer internshipsMen, Integer internshipsOther,
            Integer transitionsToWork, Integer transitionsToEducation, Long revenueSek,
            Integer disadvantagedWomen, Integer disadvantagedMen, Integer disadvantagedOther) implements RawRow {

        @Override
        public Object value(Figure f) {
            return switch (f) {
                case EMPLOYEES_WOMEN -> employeesWomen;
                case EMPLOYEES_MEN -> employeesMen;
                case EMPLOYEES_OTHER -> employeesOther;
                case WAGE_SUBSIDY_WOMEN -> wageSubsidyWomen;
                case WAGE_SUBSIDY_MEN -> wageSubsidyMen;
                case WAGE_SUBSIDY_OTHER -> wageSubsidyOther;
                case WORK_TRAINING_WOMEN -> workTrainingWomen;
                case WORK_TRAINING_MEN -> workTrainingMen;
                case WORK_TRAINING_OTHER -> workTrainingOther;
                case REHABILITATION_WOMEN -> rehabilitationWomen;
                case REHABILITATION_MEN -> rehabilitationMen;
                case REHABILITATION_OTHER -> rehabilitationOther;
                case INTERNSHIPS_WOMEN -> internshipsWomen;
                case INTERNSHIPS_MEN -> internshipsMen;
                case INTERNSHIPS_OTHER -> internshipsOther;
                case TRANSITIONS_TO_WORK -> transitionsToWork;
                case TRANSITIONS_TO_EDUCATION -> transitionsToEducation;
                case REVENUE_SEK -> revenueSek;
                case DISADVANTAGED_WOMEN -> disadvantagedWomen;
                case DISADVANTAGED_MEN -> disadvantagedMen;
                case DISADVANTAGED_OTHER -> disadvantagedOther;
            };
        }
    }

    /** What an import did (or, with dryRun, would do). */
    public record ImportResult(int created, int updated, int unchanged, boolean dryRun) {
    }

    /** One reason a row of an import was refused; row 0 is the CSV header. */
    public record ImportError(int row, String field, String message) {
    }
}
