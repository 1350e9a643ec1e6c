package se.asfregister.employment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One company's quarterly employment report (sysselsättningsrapport). Headcounts are stock
 * figures at the end of the quarter; transitions and revenue are flows within it.
 */
@Entity
@Table(name = "employment_report")
public class EmploymentReport extends QuarterlyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employment_report_seq")
    @SequenceGenerator(name = "employment_report_seq", sequenceName = "employment_report_seq",
            allocationSize = 50)
    public Long id;

    @Override
    protected Long rowId() {
        return id;
    }

    // the figures: each is defined by name (JSON, CSV and database column) in Figure
    @Column(name = "employees_women")
    public int employeesWomen;
    @Column(name = "employees_men")
    public int employeesMen;
    @Column(name = "employees_other")
    public int employeesOther;

    @Column(name = "wage_subsidy_women")
    public int wageSubsidyWomen;
    @Column(name = "wage_subsidy_men")
    public int wageSubsidyMen;
    @Column(name = "wage_subsidy_other")
    public int wageSubsidyOther;

    @Column(name = "work_training_women")
    public int workTrainingWomen;
    @Column(name = "work_training_men")
    public int workTrainingMen;
    @Column(name = "work_training_other")
    public int workTrainingOther;

    @Column(name = "rehabilitation_women")
    public int rehabilitationWomen;
    @Column(name = "rehabilitation_men")
    public int rehabilitationMen;
    @Column(name = "rehabilitation_other")
    public int rehabilitationOther;

    @Column(name = "internships_women")
    public int internshipsWomen;
    @Column(name = "internships_men")
    public int internshipsMen;
    @Column(name = "internships_other")
    public int internshipsOther;

    @Column(name = "transitions_to_work")
    public int transitionsToWork;
    @Column(name = "transitions_to_education")
    public int transitionsToEducation;

    @Column(name = "revenue_sek")
    public long revenueSek;

    // optional: null in reports that do not state it
    @Column(name = "disadvantaged_women")
    public Integer disadvantagedWomen;
    @Column(name = "disadvantaged_men")
    public Integer disadvantagedMen;
    @Column(name = "disadvantaged_other")
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
