package se.asfregister.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a goal is judged from its figures, the one place for the status rules of
 * docs/reporting.md. Pure arithmetic: the figures themselves come from the reporting queries.
 */
public final class ProgressRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProgressRules() {
    }

    /** The judgement of one goal for one year. */
    public record Judgement(BigDecimal targetValue, BigDecimal expectedValue, BigDecimal achievedShare,
            ProgressStatus status) {
    }

    /**
     * @param baseline the indicator in the baseline year (null: no data; unused without a baseline year)
     * @param current the indicator in {@code year} (null: no data)
     */
    public static Judgement judge(TargetType type, BigDecimal targetValue, Integer baselineYear, int targetYear,
            int year, BigDecimal baseline, BigDecimal current) {
        boolean needsBaseline = type == TargetType.PERCENT_GROWTH || baselineYear != null;
        if (current == null || (needsBaseline && baseline == null)
                || (type == TargetType.PERCENT_GROWTH && baseline.signum() == 0)
                || (baselineYear != null && year < baselineYear)) {
            // growth from nothing has no percentage; missing figures are never read as a decline;
            // a year before the baseline is not judged: the goal did not exist yet
            BigDecimal target = type == TargetType.AT_LEAST ? targetValue : null;
            return new Judgement(target, null, null, ProgressStatus.NO_DATA);
        }
        BigDecimal target = type == TargetType.PERCENT_GROWTH
                ? baseline.multiply(BigDecimal.ONE.add(targetValue.divide(HUNDRED, 10, RoundingMode.HALF_UP)))
                : targetValue;
        BigDecimal start = needsBaseline ? baseline : null;
        BigDecimal share = share(start, target, current);
        BigDecimal expected = expected(start, baselineYear, target, targetYear, year);
        ProgressStatus status;
        if (current.compareTo(target) >= 0) {
            status = ProgressStatus.ACHIEVED;
        } else if (expected != null && year < targetYear && current.compareTo(expected) >= 0) {
            status = ProgressStatus.ON_TRACK;
        } else {
            status = ProgressStatus.BEHIND;
        }
        return new Judgement(round(target), expected == null ? null : round(expected), share, status);
    }

    /** Share of the planned change achieved: (current - start) / (target - start), start 0 without a baseline. */
    static BigDecimal share(BigDecimal start, BigDecimal target, BigDecimal current) {
        BigDecimal from = start == null ? BigDecimal.ZERO : start;
        BigDecimal planned = target.subtract(from);
        if (planned.signum() <= 0) {
            return current.compareTo(target) >= 0 ? BigDecimal.ONE.setScale(4) : BigDecimal.ZERO.setScale(4);
        }
        return current.subtract(from).divide(planned, 4, RoundingMode.HALF_UP);
    }

    /** The straight line from the baseline to the target, at {@code year}; null without a baseline. */
    static BigDecimal expected(BigDecimal start, Integer baselineYear, BigDecimal target, int targetYear, int year) {
        if (start == null || baselineYear == null || targetYear <= baselineYear) {
            return null;
        }
        int clamped = Math.max(baselineYear, Math.min(targetYear, year));
        BigDecimal fraction = BigDecimal.valueOf(clamped - baselineYear)
                .divide(BigDecimal.valueOf(targetYear - baselineYear), 10, RoundingMode.HALF_UP);
        return start.add(target.subtract(start).multiply(fraction));
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
