package se.asfregister.employment;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The employment report's shapes at the HTTP boundary. */
public final class EmploymentRecords {

    private EmploymentRecords() {
    }

    /** A headcount split by gender, as sent. */
    public record Counts(
            @NotNull @Min(0) @Max(Figures.MAX_COUNT) Integer women,
            @NotNull @Min(0) @Max(Figures.MAX_COUNT) Integer men,
            @NotNull @Min(0) @Max(Figures.MAX_COUNT) Integer other) {
    }

    /** Body of PUT; every field is required. */
    public record ReportRequest(
            @NotNull @Valid Counts employees,
            @NotNull @Valid Counts employeesWithWageSubsidy,
            @NotNull @Valid Counts workTraining,
            @NotNull @Valid Counts rehabilitation,
            @NotNull @Valid Counts internships,
            @NotNull @Min(0) @Max(Figures.MAX_COUNT) Integer transitionsToWork,
            @NotNull @Min(0) @Max(Figures.MAX_COUNT) Integer transitionsToEducation,
            @NotNull @Min(0) @Max(Figures.MAX_REVENUE) Long revenueSek) {

        Figures figures() {
            return new Figures(new int[] {employees.women(), employees.men(), employees.other(),
                    employeesWithWageSubsidy.women(), employeesWithWageSubsidy.men(), employeesWithWageSubsidy.other(),
                    workTraining.women(), workTraining.men(), workTraining.other(),
                    rehabilitation.women(), rehabilitation.men(), rehabilitation.other(),
                    internships.women(), internships.men(), internships.other(),
                    transitionsToWork, transitionsToEducation}, revenueSek);
        }
    }

    /** A headcount split by gender, with its total. */
    public record CountsWithTotal(int women, int men, int other, int total) {

        static CountsWithTotal of(int women, int men, int other) {
            return new CountsWithTotal(women, men, other, women + men + other);
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
            long version,
            Instant createdAt,
            Instant updatedAt) {

        static ReportResponse of(EmploymentReport r) {
            CountsWithTotal employees = CountsWithTotal.of(r.employeesWomen, r.employeesMen, r.employeesOther);
            // participants (sysselsatta) = work training + rehabilitation + internships
            CountsWithTotal participants = CountsWithTotal.of(
                    r.workTrainingWomen + r.rehabilitationWomen + r.internshipsWomen,
                    r.workTrainingMen + r.rehabilitationMen + r.internshipsMen,
                    r.workTrainingOther + r.rehabilitationOther + r.internshipsOther);
            return new ReportResponse(r.companyId, r.period, employees,
                    CountsWithTotal.of(r.wageSubsidyWomen, r.wageSubsidyMen, r.wageSubsidyOther),
                    CountsWithTotal.of(r.workTrainingWomen, r.workTrainingMen, r.workTrainingOther),
                    CountsWithTotal.of(r.rehabilitationWomen, r.rehabilitationMen, r.rehabilitationOther),
                    CountsWithTotal.of(r.internshipsWomen, r.internshipsMen, r.internshipsOther),
                    r.transitionsToWork, r.transitionsToEducation, r.revenueSek, employees.total(), participants,
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
            Integer transitionsToWork, Integer transitionsToEducation, Long revenueSek) {

        /** Values in {@link Figures#COLUMNS} order. */
        Object[] values() {
            return new Object[] {organisationNumber, period, employeesWomen, employeesMen, employeesOther,
                    wageSubsidyWomen, wageSubsidyMen, wageSubsidyOther, workTrainingWomen, workTrainingMen,
                    workTrainingOther, rehabilitationWomen, rehabilitationMen, rehabilitationOther, internshipsWomen,
                    internshipsMen, internshipsOther, transitionsToWork, transitionsToEducation, revenueSek};
        }
    }

    /** What an import did (or, with dryRun, would do). */
    public record ImportResult(int created, int updated, int unchanged, boolean dryRun) {
    }

    /** One reason a row of an import was refused; row 0 is the CSV header. */
    public record ImportError(int row, String field, String message) {
    }
}
