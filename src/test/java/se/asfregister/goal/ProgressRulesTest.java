package se.asfregister.goal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.asfregister.goal.ProgressRules.Judgement;

/** The status rules, computed by hand: +15 % from 100 employees in 2017 to 2020 means 115. */
class ProgressRulesTest {

    private static Judgement growth(int year, String baseline, String current) {
        return ProgressRules.judge(TargetType.PERCENT_GROWTH, new BigDecimal("15"), 2017, 2020, year,
                baseline == null ? null : new BigDecimal(baseline), current == null ? null : new BigDecimal(current));
    }

    @Test
    void growthGoalAchievedOnTrackAndBehind() {
        Judgement achieved = growth(2019, "100", "116");
        assertEquals(ProgressStatus.ACHIEVED, achieved.status());
        assertEquals(new BigDecimal("115.00"), achieved.targetValue());
        assertEquals(new BigDecimal("1.0667"), achieved.achievedShare());

        // the line at 2018 is 100 + 15 * 1/3 = 105
        assertEquals(new BigDecimal("105.00"), growth(2018, "100", "105").expectedValue());
        assertEquals(ProgressStatus.ON_TRACK, growth(2018, "100", "105").status());
        assertEquals(ProgressStatus.BEHIND, growth(2018, "100", "104").status());
        assertEquals(new BigDecimal("0.2667"), growth(2018, "100", "104").achievedShare());
        // at the target year only reaching the target counts
        assertEquals(ProgressStatus.BEHIND, growth(2020, "100", "114").status());
        // a decline is a negative share, not hidden
        assertEquals(new BigDecimal("-0.6667"), growth(2019, "100", "90").achievedShare());
    }

    @Test
    void missingFiguresAreNoDataNeverADecline() {
        assertEquals(ProgressStatus.NO_DATA, growth(2019, null, "120").status());
        assertEquals(ProgressStatus.NO_DATA, growth(2019, "100", null).status());
        assertEquals(ProgressStatus.NO_DATA, growth(2019, "0", "5").status());
        assertNull(growth(2019, "100", null).achievedShare());
    }

    @Test
    void aYearBeforeTheBaselineIsNoData() {
        // 2016 against the 2017 baseline would read as achieved (120 >= 115)
        Judgement before = growth(2016, "100", "120");
        assertEquals(ProgressStatus.NO_DATA, before.status());
        assertNull(before.expectedValue());
        assertNull(before.achievedShare());
        assertEquals(ProgressStatus.NO_DATA, ProgressRules.judge(TargetType.AT_LEAST, new BigDecimal("4"), 2016,
                2020, 2015, new BigDecimal("1"), new BigDecimal("5")).status());
        assertEquals(ProgressStatus.ACHIEVED, growth(2017, "100", "120").status());
    }

    @Test
    void atLeastGoals() {
        Judgement met = ProgressRules.judge(TargetType.AT_LEAST, new BigDecimal("4"), null, 2020, 2018, null,
                new BigDecimal("4"));
        assertEquals(ProgressStatus.ACHIEVED, met.status());
        assertEquals(new BigDecimal("1.0000"), met.achievedShare());
        Judgement short1 = ProgressRules.judge(TargetType.AT_LEAST, new BigDecimal("4"), null, 2020, 2018, null,
                new BigDecimal("3"));
        assertEquals(ProgressStatus.BEHIND, short1.status());
        assertEquals(new BigDecimal("0.7500"), short1.achievedShare());
        assertEquals(ProgressStatus.NO_DATA, ProgressRules.judge(TargetType.AT_LEAST, new BigDecimal("4"), null,
                2020, 2018, null, null).status());
        // with a baseline the straight line applies: from 1 (2016) to 4 (2020), 2018 expects 2.5
        Judgement line = ProgressRules.judge(TargetType.AT_LEAST, new BigDecimal("4"), 2016, 2020, 2018,
                new BigDecimal("1"), new BigDecimal("3"));
        assertEquals(ProgressStatus.ON_TRACK, line.status());
        assertEquals(new BigDecimal("2.50"), line.expectedValue());
    }
}
