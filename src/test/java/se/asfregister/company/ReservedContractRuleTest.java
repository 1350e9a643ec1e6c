package se.asfregister.company;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** LOU 4 kap. 18 §: at least 30 % of the employees, exact at the edge. */
class ReservedContractRuleTest {

    @Test
    void thirtyPercentIsEligibleAndJustBelowIsNot() {
        assertTrue(ReservedContractRule.eligible(10, 3L));            // 30 %
        assertTrue(ReservedContractRule.eligible(10_000, 3_000L));    // 30.00 %
        assertTrue(ReservedContractRule.eligible(10_000, 3_001L));    // 30.01 %
        assertFalse(ReservedContractRule.eligible(10_000, 2_999L));   // 29.99 %
        // 3/7 = 42.9 %, 2/7 = 28.6 %: no rounding in between
        assertTrue(ReservedContractRule.eligible(7, 3L));
        assertFalse(ReservedContractRule.eligible(7, 2L));
    }

    @Test
    void noEmployeesOrNoStatedCountIsNeverEligible() {
        assertFalse(ReservedContractRule.eligible(0, 0L));
        assertFalse(ReservedContractRule.eligible(10, null));
    }
}
