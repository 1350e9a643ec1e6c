package se.asfregister.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import se.asfregister.company.OrganisationNumber;
import se.asfregister.employment.EmploymentReport;

/** The demo register is generated the same way on every start, and only where it belongs. */
class DemoGeneratorTest {

    private static final List<Long> IDS = LongStream.rangeClosed(1, DemoCompanies.ALL.size()).boxed().toList();

    @Test
    void demoDataLoadsOnlyIntoAnEmptyEnabledH2Database() {
        assertTrue(DemoData.shouldLoad(true, true, 0));
        assertFalse(DemoData.shouldLoad(false, true, 0));
        assertFalse(DemoData.shouldLoad(true, false, 0));
        assertFalse(DemoData.shouldLoad(true, true, 3));
    }

    @Test
    void organisationNumbersAreValidAndDistinct() {
        var numbers = new HashSet<String>();
        for (var c : DemoCompanies.ALL) {
            assertTrue(OrganisationNumber.parse(c.organisationNumber()).number().isPresent(), c.organisationNumber());
            assertTrue(numbers.add(c.organisationNumber()), c.organisationNumber());
        }
        // the four numbers the demo has always had keep their companies
        assertEquals("769600-0004", DemoCompanies.ALL.get(0).organisationNumber());
    }

    @Test
    void reportsAreTheSameOnEveryStart() {
        assertEquals(figures(new DemoReports().all(IDS)), figures(new DemoReports().all(IDS)));
        assertEquals(new DemoActivities().all(IDS), new DemoActivities().all(IDS));
    }

    @Test
    void everyCompanyReportsEveryQuarterOfItsYears() {
        // 23 companies; Bergslagens Textil reports 2017-2020, the others from their founding or 2016 to 2025
        long expected = DemoCompanies.ALL.stream().mapToLong(c -> 4L * (c.lastYear() - c.firstYear() + 1)).sum();
        List<EmploymentReport> reports = new DemoReports().all(IDS);
        assertEquals(expected, reports.size());
        assertEquals(reports.size(), reports.stream().map(r -> r.companyId + "/" + r.period).distinct().count());
    }

    @Test
    void theLastQuarterOf2024HasSomeoneInEveryGenderedCount() {
        // the annual report counts each company's latest quarter: every count of the county must be non-zero
        List<EmploymentReport> q4 = new DemoReports().all(IDS).stream().filter(r -> "2024-Q4".equals(r.period))
                .toList();
        int[] sums = new int[15];
        for (EmploymentReport r : q4) {
            int[] c = {r.employeesWomen, r.employeesMen, r.employeesOther, r.wageSubsidyWomen, r.wageSubsidyMen,
                r.wageSubsidyOther, r.workTrainingWomen, r.workTrainingMen, r.workTrainingOther,
                r.rehabilitationWomen, r.rehabilitationMen, r.rehabilitationOther, r.internshipsWomen,
                r.internshipsMen, r.internshipsOther};
            for (int i = 0; i < c.length; i++) {
                sums[i] += c[i];
            }
        }
        for (int i = 0; i < sums.length; i++) {
            assertTrue(sums[i] > 0, "count " + i + " of " + java.util.Arrays.toString(sums));
        }
    }

    private static List<String> figures(List<EmploymentReport> reports) {
        return reports.stream().map(r -> r.companyId + r.period + r.employeesWomen + "," + r.employeesMen + ","
                + r.employeesOther + "," + r.workTrainingWomen + "," + r.transitionsToWork + "," + r.revenueSek)
                .toList();
    }
}
