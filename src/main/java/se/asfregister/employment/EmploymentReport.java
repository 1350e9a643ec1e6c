package se.asfregister.employment;

import jakarta.persistence.Entity;

/**
 * One company's quarterly employment report (sysselsättningsrapport). Headcounts are stock
 * figures at the end of the quarter; transitions and revenue are flows within it.
 */
@Entity
public class EmploymentReport extends QuarterlyReport {

    // the figures: each is defined by name (JSON, CSV and database column) in Figure
    public int employeesWomen;
    public int employeesMen;
    public int employeesOther;

    public int wageSubsidyWomen;
    public int wageSubsidyMen;
    public int wageSubsidyOther;

    public int workTrainingWomen;
    public int workTrainingMen;
    public int workTrainingOther;

    public int rehabilitationWomen;
    public int rehabilitationMen;
    public int rehabilitationOther;

    public int internshipsWomen;
    public int internshipsMen;
    public int internshipsOther;

    public int transitionsToWork;
    public int transitionsToEducation;

    public long revenueSek;

    // optional: null in reports that do not state it
    public Integer disadvantagedWomen;
    public Integer disadvantagedMen;
    public Integer disadvantagedOther;

    /** The reported figures, read through each {@link Figure}'s field. */
    Figures figures() {
        return Figures.from(f -> f.get(this));
    }

    /** Assigning an equal value leaves the entity clean, so an identical PUT keeps version and updatedAt. */
    void apply(Figures figures) {
        for (Figure f : Figure.ALL) {
            f.set(this, figures.get(f));
        }
    }
}
