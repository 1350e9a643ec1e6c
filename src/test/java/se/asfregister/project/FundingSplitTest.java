package se.asfregister.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FundingSplitTest {

    @Test
    void dalarnasProjectFallsOnTwoYearsByDays() {
        // 2017-02-01..2017-12-31 = 334 days, 2018-01-01..2018-10-31 = 304 days, 638 in all;
        // 4,000,000 × 334 / 638 = 2,094,043.89 → 2,094,044; the rest, 1,905,956, in 2018
        assertEquals(Map.of(2017, 2_094_044L, 2018, 1_905_956L),
                FundingSplit.byYear(4_000_000, LocalDate.of(2017, 2, 1), LocalDate.of(2018, 10, 31)));
    }

    @Test
    void partsAddUpOverThreeYearsWithALeapYear() {
        // 2019-07-01..2019-12-31 = 184, 2020 = 366 (leap), 2021-01-01..2021-06-30 = 181; 731 days.
        // running totals: 1000 × 184 / 731 = 251.71 → 252; 1000 × 550 / 731 = 752.39 → 752; 1000
        assertEquals(Map.of(2019, 252L, 2020, 500L, 2021, 248L),
                FundingSplit.byYear(1000, LocalDate.of(2019, 7, 1), LocalDate.of(2021, 6, 30)));
    }

    @Test
    void oneDayAndOneYear() {
        assertEquals(Map.of(2018, 250_000L),
                FundingSplit.byYear(250_000, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30)));
        assertEquals(Map.of(2018, 7L), FundingSplit.byYear(7, LocalDate.of(2018, 9, 13), LocalDate.of(2018, 9, 13)));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> FundingSplit.byYear(1, LocalDate.of(2018, 2, 1), LocalDate.of(2018, 1, 31)));
    }
}
