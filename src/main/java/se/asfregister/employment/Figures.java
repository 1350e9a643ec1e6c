package se.asfregister.employment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.asfregister.web.Problem;

/**
 * The figures of one report, flat: 17 counts and the revenue. The one place that knows the
 * order of the import/export columns and of the database columns.
 */
record Figures(int[] counts, long revenueSek) {

    static final int MAX_COUNT = 100_000;
    static final long MAX_REVENUE = 10_000_000_000_000L;

    /** CSV/JSON import and export column names of the counts, in order. */
    static final List<String> COUNT_COLUMNS = List.of(
            "employeesWomen", "employeesMen", "employeesOther",
            "wageSubsidyWomen", "wageSubsidyMen", "wageSubsidyOther",
            "workTrainingWomen", "workTrainingMen", "workTrainingOther",
            "rehabilitationWomen", "rehabilitationMen", "rehabilitationOther",
            "internshipsWomen", "internshipsMen", "internshipsOther",
            "transitionsToWork", "transitionsToEducation");

    /** Database columns of the counts, in the same order, then revenue. */
    static final List<String> DB_COLUMNS = List.of(
            "employees_women", "employees_men", "employees_other",
            "wage_subsidy_women", "wage_subsidy_men", "wage_subsidy_other",
            "work_training_women", "work_training_men", "work_training_other",
            "rehabilitation_women", "rehabilitation_men", "rehabilitation_other",
            "internships_women", "internships_men", "internships_other",
            "transitions_to_work", "transitions_to_education", "revenue_sek");

    /** The counts and the revenue: import/export columns and {@link EmploymentReport} properties alike. */
    static final List<String> FIELDS;

    /** Every import/export column: the natural key, the counts, the revenue. */
    static final List<String> COLUMNS;

    static {
        List<String> fields = new ArrayList<>(COUNT_COLUMNS);
        fields.add("revenueSek");
        FIELDS = List.copyOf(fields);
        List<String> all = new ArrayList<>(List.of("organisationNumber", "period"));
        all.addAll(FIELDS);
        COLUMNS = List.copyOf(all);
    }

    /** The names of the {@link #FIELDS} whose values differ from {@code other}'s. */
    List<String> changedFrom(Figures other) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != other.counts[i]) {
                changed.add(COUNT_COLUMNS.get(i));
            }
        }
        if (revenueSek != other.revenueSek) {
            changed.add("revenueSek");
        }
        return changed;
    }

    /**
     * Rules beyond each value's range: people with wage subsidy are employees, so per gender
     * they cannot outnumber them. {@code names} are the field names to report (JSON paths or columns).
     */
    List<Problem.FieldError> crossFieldErrors(List<String> wageSubsidyNames, List<String> employeeNames) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            if (counts[3 + g] > counts[g]) {
                errors.add(new Problem.FieldError(wageSubsidyNames.get(g),
                        "must not be more than " + employeeNames.get(g) + " (" + counts[g] + ")"));
            }
        }
        return errors;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && f.revenueSek == revenueSek && Arrays.equals(f.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Long.hashCode(revenueSek);
    }

    @Override
    public String toString() {
        return Arrays.toString(counts) + " " + revenueSek;
    }
}
