package se.asfregister.report;

import java.util.List;

/**
 * One value a company reports per quarter (docs/reporting.md): its column, the annual-report
 * figure it belongs to (JSON group and gender key, or a single figure), and whether a year's
 * value is the latest quarter's (a stock) or the sum of the quarters (a flow).
 */
enum Part {
    EMPLOYEES_WOMEN("employees_women", "employees", "women", true),
    EMPLOYEES_MEN("employees_men", "employees", "men", true),
    EMPLOYEES_OTHER("employees_other", "employees", "other", true),
    WAGE_SUBSIDY_WOMEN("wage_subsidy_women", "employeesWithWageSubsidy", "women", true),
    WAGE_SUBSIDY_MEN("wage_subsidy_men", "employeesWithWageSubsidy", "men", true),
    WAGE_SUBSIDY_OTHER("wage_subsidy_other", "employeesWithWageSubsidy", "other", true),
    WORK_TRAINING_WOMEN("work_training_women", "workTraining", "women", true),
    WORK_TRAINING_MEN("work_training_men", "workTraining", "men", true),
    WORK_TRAINING_OTHER("work_training_other", "workTraining", "other", true),
    REHABILITATION_WOMEN("rehabilitation_women", "rehabilitation", "women", true),
    REHABILITATION_MEN("rehabilitation_men", "rehabilitation", "men", true),
    REHABILITATION_OTHER("rehabilitation_other", "rehabilitation", "other", true),
    INTERNSHIPS_WOMEN("internships_women", "internships", "women", true),
    INTERNSHIPS_MEN("internships_men", "internships", "men", true),
    INTERNSHIPS_OTHER("internships_other", "internships", "other", true),
    TRANSITIONS_TO_WORK("transitions_to_work", "transitionsToWork", null, false),
    TRANSITIONS_TO_EDUCATION("transitions_to_education", "transitionsToEducation", null, false),
    REVENUE("revenue_sek", "revenueSek", null, false);

    /** The gendered groups of the annual report that companies report (activity participants aside). */
    static final List<String> GROUPS = List.of("employees", "employeesWithWageSubsidy", "workTraining",
            "rehabilitation", "internships");

    static final List<String> GENDERS = List.of("women", "men", "other");

    final String column;
    final String group;
    final String gender;
    final boolean stock;

    Part(String column, String group, String gender, boolean stock) {
        this.column = column;
        this.group = group;
        this.gender = gender;
        this.stock = stock;
    }

    /** The parts of a figure such as "employees.total", "workTraining.men" or "revenueSek". */
    static List<Part> of(String figure) {
        int dot = figure.indexOf('.');
        String group = dot < 0 ? figure : figure.substring(0, dot);
        String gender = dot < 0 ? null : figure.substring(dot + 1);
        return java.util.Arrays.stream(values()).filter(p -> p.group.equals(group)
                && (gender == null || gender.equals("total") || gender.equals(p.gender))).toList();
    }
}
