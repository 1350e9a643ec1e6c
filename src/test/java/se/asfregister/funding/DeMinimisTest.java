package se.asfregister.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asfregister.funding.DeMinimis.Grant;
import se.asfregister.funding.DeMinimis.Window;

/** The de minimis ceiling: EUR 300,000 over any three years, each grant at its own rate. */
class DeMinimisTest {

    private static final BigDecimal TEN = new BigDecimal("10");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static Grant grant(long sek, BigDecimal rate, String day) {
        return new Grant(sek, rate, LocalDate.parse(day));
    }

    @Test
    void convertsEachGrantAtItsOwnRateToTheCentHalfUp() {
        // 230,000 / 11.5 = 20,000.00; 100,000 / 11.4567 = 8,728.52 (8,728.5176...: 11.4567 x 8,728 = 99,994.07, 5.93 / 11.4567 = 0.5176); 1 / 200 = 0.005 -> 0.01
        assertEquals(new BigDecimal("20000.00"), DeMinimis.eur(230_000, new BigDecimal("11.5")));
        assertEquals(new BigDecimal("8728.52"), DeMinimis.eur(100_000, new BigDecimal("11.4567")));
        assertEquals(new BigDecimal("0.01"), DeMinimis.eur(1, new BigDecimal("200")));
    }

    @Test
    void theWindowIsTheThreeYearsEndingOnTheDayBothInclusive() {
        assertEquals(LocalDate.parse("2021-03-02"), DeMinimis.windowStart(LocalDate.parse("2024-03-01")));
        // a leap day: three years back is 2021-02-28, so the window starts on 1 March
        assertEquals(LocalDate.parse("2021-03-01"), DeMinimis.windowStart(LocalDate.parse("2024-02-29")));
    }

    @Test
    void aidGrantedExactlyThreeYearsEarlierNoLongerCounts() {
        // 2,000,000 SEK at 10 = EUR 200,000 on 2021-03-01; another EUR 200,000 on 2024-03-01
        List<Grant> earlier = List.of(grant(2_000_000, TEN, "2021-03-01"));
        assertTrue(DeMinimis.exceeded(grant(2_000_000, TEN, "2024-03-01"), earlier).isEmpty());
        // one day earlier both lie in the window 2021-03-01 - 2024-02-29: EUR 400,000
        Window w = DeMinimis.exceeded(grant(2_000_000, TEN, "2024-02-29"), earlier).orElseThrow();
        assertEquals(new BigDecimal("400000.00"), w.sumEur());
        assertEquals(LocalDate.parse("2021-03-01"), w.from());
        assertEquals(LocalDate.parse("2024-02-29"), w.to());
    }

    @Test
    void reachingTheCeilingExactlyIsAllowedOneCentMoreIsNot() {
        // EUR 100,000.00 (1,000,000 SEK at 10) + EUR 200,000.00 (20,000,000 SEK at 100) = 300,000.00
        List<Grant> earlier = List.of(grant(1_000_000, TEN, "2023-06-01"));
        assertTrue(DeMinimis.exceeded(grant(20_000_000, HUNDRED, "2025-06-01"), earlier).isEmpty());
        // 20,000,001 SEK at 100 = EUR 200,000.01: 300,000.01 in total
        Window w = DeMinimis.exceeded(grant(20_000_001, HUNDRED, "2025-06-01"), earlier).orElseThrow();
        assertEquals(new BigDecimal("300000.01"), w.sumEur());
        assertEquals(new BigDecimal("0.00"), w.roomEur());
    }

    @Test
    void aBackDatedGrantIsCheckedAgainstTheLaterWindowsToo() {
        // EUR 150,000 on 2020-01-10 and EUR 150,000 on 2023-01-05: no window of three years holds both
        List<Grant> stored = List.of(grant(1_500_000, TEN, "2020-01-10"), grant(1_500_000, TEN, "2023-01-05"));
        // EUR 1 on 2021-06-01: the window ending 2023-01-05 (from 2020-01-06) holds all three
        Window w = DeMinimis.exceeded(grant(10, TEN, "2021-06-01"), stored).orElseThrow();
        assertEquals(new BigDecimal("300001.00"), w.sumEur());
        assertEquals(LocalDate.parse("2020-01-06"), w.from());
        assertEquals(LocalDate.parse("2023-01-05"), w.to());
    }

    @Test
    void theRoomOnADayIsWhatTheHeaviestWindowAroundItLeaves() {
        // EUR 120,000 on 2024-05-01, EUR 50,000 on 2026-01-15 (500,000 SEK at 10)
        List<Grant> stored = List.of(grant(1_200_000, TEN, "2024-05-01"), grant(500_000, TEN, "2026-01-15"));
        // on 2027-05-01 the window 2024-05-02 - 2027-05-01 holds only the second: 300,000 - 50,000
        Window later = DeMinimis.heaviest(LocalDate.parse("2027-05-01"), stored);
        assertEquals(new BigDecimal("250000.00"), later.roomEur());
        assertFalse(later.exceedsCeiling());
        // on 2025-01-01 the window ending 2026-01-15 holds both: 300,000 - 170,000
        Window earlier = DeMinimis.heaviest(LocalDate.parse("2025-01-01"), stored);
        assertEquals(new BigDecimal("130000.00"), earlier.roomEur());
        assertEquals(LocalDate.parse("2026-01-15"), earlier.to());
    }

    @Test
    void anAccountIsInUseFromItsFirstThroughItsLastDay() {
        LocalDate yearEnd = LocalDate.parse("2025-12-31");
        assertTrue(FundingIndicators.inUseOn(LocalDate.parse("2025-12-31"), null, yearEnd));
        assertTrue(FundingIndicators.inUseOn(LocalDate.parse("2020-01-01"), yearEnd, yearEnd));
        assertFalse(FundingIndicators.inUseOn(LocalDate.parse("2020-01-01"), LocalDate.parse("2025-12-30"), yearEnd));
        assertFalse(FundingIndicators.inUseOn(LocalDate.parse("2026-01-01"), null, yearEnd));
    }
}
