package se.asfregister.employment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.asfregister.employment.Figure.Gender;
import se.asfregister.employment.Figure.Stock;

/** The names derived from each figure's definition are the contract's and the schema's. */
class FigureTest {

    @Test
    void importColumnsAreTheContractsInItsOrder() {
        assertEquals(List.of("organisationNumber", "period",
                "employeesWomen", "employeesMen", "employeesOther",
                "wageSubsidyWomen", "wageSubsidyMen", "wageSubsidyOther",
                "workTrainingWomen", "workTrainingMen", "workTrainingOther",
                "rehabilitationWomen", "rehabilitationMen", "rehabilitationOther",
                "internshipsWomen", "internshipsMen", "internshipsOther",
                "transitionsToWork", "transitionsToEducation", "revenueSek",
                "disadvantagedWomen", "disadvantagedMen", "disadvantagedOther"), Figures.COLUMNS);
    }

    @Test
    void databaseColumnsAreTheSchemas() {
        assertEquals(List.of(
                "employees_women", "employees_men", "employees_other",
                "wage_subsidy_women", "wage_subsidy_men", "wage_subsidy_other",
                "work_training_women", "work_training_men", "work_training_other",
                "rehabilitation_women", "rehabilitation_men", "rehabilitation_other",
                "internships_women", "internships_men", "internships_other",
                "transitions_to_work", "transitions_to_education", "revenue_sek",
                "disadvantaged_women", "disadvantaged_men", "disadvantaged_other"), Figures.DB_COLUMNS);
    }

    @Test
    void eachPartOfAHeadcountIsNamedAfterItsStockAndGender() {
        for (Stock s : Stock.values()) {
            for (Gender g : Gender.values()) {
                Figure f = Figure.of(s, g);
                assertEquals(s.name() + "_" + g.name(), f.name());
                assertSame(s, f.stock);
                assertSame(g, f.gender);
            }
        }
        assertEquals("employeesWithWageSubsidy", Stock.WAGE_SUBSIDY.json);
        assertEquals(List.of(Stock.WORK_TRAINING, Stock.REHABILITATION, Stock.INTERNSHIPS), Stock.participantStocks());
        // the disadvantaged employees are optional, so the annual report leaves them out
        assertEquals(List.of(Stock.EMPLOYEES, Stock.WAGE_SUBSIDY, Stock.WORK_TRAINING, Stock.REHABILITATION,
                Stock.INTERNSHIPS), Stock.required());
        assertEquals(List.of(Figure.DISADVANTAGED_WOMEN, Figure.DISADVANTAGED_MEN, Figure.DISADVANTAGED_OTHER),
                Figure.ALL.stream().filter(Figure::optional).toList());
    }

    @Test
    void wageSubsidyBeyondEmployeesIsNamedAsTheCallerSentIt() {
        Figures f = Figures.from(x -> x == Figure.WAGE_SUBSIDY_MEN ? 3 : x == Figure.EMPLOYEES_MEN ? 2 : 0);
        var errors = f.crossFieldErrors(EmploymentRecords.ReportRequest::path);
        assertEquals(1, errors.size());
        assertEquals("employeesWithWageSubsidy.men", errors.get(0).field());
        assertEquals("must not be more than employees.men (2)", errors.get(0).message());
        assertEquals("wageSubsidyMen", f.crossFieldErrors(x -> x.column).get(0).field());
    }
}
