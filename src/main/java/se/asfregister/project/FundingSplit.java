package se.asfregister.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a funding line's amount falls on calendar years: in proportion to the days of its period
 * (both ends included) in each year. The parts are rounded on the running total (half up), so
 * they are whole SEK and add up to the amount exactly: 4,000,000 SEK over 2017-02-01 –
 * 2018-10-31 (334 + 304 days) is 2,094,044 SEK in 2017 (4,000,000 × 334 / 638 = 2,094,043.89)
 * and 1,905,956 SEK in 2018.
 */
public final class FundingSplit {

    private FundingSplit() {
    }

    /** Year → SEK, in year order; {@code end} must not be before {@code start}. */
    public static Map<Integer, Long> byYear(long amountSek, LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
        long totalDays = ChronoUnit.DAYS.between(start, end) + 1;
        Map<Integer, Long> parts = new LinkedHashMap<>();
        long daysSoFar = 0;
        long givenSoFar = 0;
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            LocalDate from = year == start.getYear() ? start : LocalDate.of(year, 1, 1);
            LocalDate to = year == end.getYear() ? end : LocalDate.of(year, 12, 31);
            daysSoFar += ChronoUnit.DAYS.between(from, to) + 1;
            long runningTotal = BigDecimal.valueOf(amountSek).multiply(BigDecimal.valueOf(daysSoFar))
                    .divide(BigDecimal.valueOf(totalDays), 0, RoundingMode.HALF_UP).longValueExact();
            parts.put(year, runningTotal - givenSoFar);
            givenSoFar = runningTotal;
        }
        return parts;
    }
}
