package se.asfregister.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.asfregister.demo.DemoCompanies.DemoCompany;
import se.asfregister.employment.EmploymentReport;

/**
 * The demo's quarterly employment reports, generated rather than typed: each company grows by
 * about {@link #EMPLOYEE_GROWTH} a year in employees and {@link #PARTICIPANT_GROWTH} in
 * participants, with small seeded variation in how persons split by gender and in the flows.
 * The seed is fixed, so every start yields the same reports and the same figures.
 */
final class DemoReports {

    static final long SEED = 20L;
    static final double EMPLOYEE_GROWTH = 0.06;
    static final double PARTICIPANT_GROWTH = 0.02;

    private record Persons(int women, int men, int other) {
    }

    private final Random random = new Random(SEED);

    /** The reports of every company in {@link DemoCompanies#ALL} order; {@code ids} are their company ids. */
    List<EmploymentReport> all(List<Long> ids) {
        List<EmploymentReport> reports = new ArrayList<>();
        for (int i = 0; i < DemoCompanies.ALL.size(); i++) {
            reports.addAll(of(DemoCompanies.ALL.get(i), ids.get(i)));
        }
        return reports;
    }

    private List<EmploymentReport> of(DemoCompany c, long companyId) {
        List<EmploymentReport> reports = new ArrayList<>();
        for (int year = c.firstYear(); year <= c.lastYear(); year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                reports.add(quarter(c, companyId, year, quarter));
            }
        }
        return reports;
    }

    private EmploymentReport quarter(DemoCompany c, long companyId, int year, int quarter) {
        double years = year - DemoCompanies.FIRST_YEAR + (quarter - 1) / 4.0;
        int employees = (int) Math.round(c.size() * Math.pow(1 + EMPLOYEE_GROWTH, years));
        int participants = (int) Math.round(c.size() * 1.2 * Math.pow(1 + PARTICIPANT_GROWTH, years));
        EmploymentReport r = new EmploymentReport();
        r.companyId = companyId;
        r.period = year + "-Q" + quarter;
        r.periodYear = year;
        r.periodQuarter = quarter;
        Persons e = split(employees);
        r.employeesWomen = e.women();
        r.employeesMen = e.men();
        r.employeesOther = e.other();
        Persons w = split(employees * 3 / 5);
        r.wageSubsidyWomen = w.women();
        r.wageSubsidyMen = w.men();
        r.wageSubsidyOther = w.other();
        Persons t = split(participants / 2);
        r.workTrainingWomen = t.women();
        r.workTrainingMen = t.men();
        r.workTrainingOther = t.other();
        Persons h = split(participants / 4);
        r.rehabilitationWomen = h.women();
        r.rehabilitationMen = h.men();
        r.rehabilitationOther = h.other();
        Persons p = split(participants - participants / 2 - participants / 4);
        r.internshipsWomen = p.women();
        r.internshipsMen = p.men();
        r.internshipsOther = p.other();
        r.transitionsToWork = random.nextInt(4) == 0 ? 1 : 0;
        r.transitionsToEducation = random.nextInt(6) == 0 ? 1 : 0;
        r.revenueSek = Math.round(employees * 110_000 * (0.9 + random.nextDouble() * 0.2));
        return r;
    }

    /** Women, men and other: about half women, now and then one person of another gender. */
    private Persons split(int persons) {
        int other = persons >= 2 && random.nextInt(5) == 0 ? 1 : 0;
        int women = Math.min(persons - other, Math.max(0, persons / 2 + random.nextInt(3) - 1));
        return new Persons(women, persons - other - women, other);
    }
}
