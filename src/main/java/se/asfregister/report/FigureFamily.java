package se.asfregister.report;

import java.util.List;
import se.asfregister.report.disclosure.FamilyTable.Shape;

/**
 * The figures of the annual report that the disclosure rule set protects, in families of cells
 * tied by sums: each gendered count (women + men + other = total) and each single figure. Company
 * counts, collaborations, policies and activities are register facts anyone can count in the
 * public lists, so they are never hidden.
 */
public enum FigureFamily {
    EMPLOYEES("employees", Shape.GENDERED, true, "reportingCompanies"),
    EMPLOYEES_WITH_WAGE_SUBSIDY("employeesWithWageSubsidy", Shape.GENDERED, true, "reportingCompanies"),
    WORK_TRAINING("workTraining", Shape.GENDERED, true, "reportingCompanies"),
    REHABILITATION("rehabilitation", Shape.GENDERED, true, "reportingCompanies"),
    INTERNSHIPS("internships", Shape.GENDERED, true, "reportingCompanies"),
    TRANSITIONS_TO_WORK("transitionsToWork", Shape.SINGLE, true, "reportingCompanies"),
    TRANSITIONS_TO_EDUCATION("transitionsToEducation", Shape.SINGLE, true, "reportingCompanies"),
    REVENUE("revenueSek", Shape.SINGLE, false, "reportingCompanies"),
    /** Participants of activities: each activity is a contributor, as a company is for the other families. */
    ACTIVITY_PARTICIPANTS("activityParticipants", Shape.GENDERED, true, "activities");

    /** The cells of a gendered family, in the order of {@link Shape#GENDERED}. */
    public static final List<String> GENDERS = List.of("women", "men", "other", "total");

    public final String name;
    public final Shape shape;
    public final boolean persons;
    /** The figure of the row that counts the contributors of these cells. */
    public final String contributors;

    FigureFamily(String name, Shape shape, boolean persons, String contributors) {
        this.name = name;
        this.shape = shape;
        this.persons = persons;
        this.contributors = contributors;
    }

    /** Its figure names as in {@link ReportQueries#FIGURE_NAMES}: "employees.women" ... or "revenueSek". */
    public List<String> figures() {
        return shape == Shape.GENDERED ? GENDERS.stream().map(g -> name + "." + g).toList() : List.of(name);
    }

    /** Whether the cells' contributors are companies (which know their own figures). */
    public boolean companies() {
        return contributors.equals("reportingCompanies");
    }
}
