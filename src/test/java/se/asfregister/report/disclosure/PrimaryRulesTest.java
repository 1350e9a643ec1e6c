package se.asfregister.report.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The primary rules on single cells. */
class PrimaryRulesTest {

    @Test
    void onlyOneAndTwoPersonsAreSmall() {
        assertFalse(PrimaryRules.smallCount(0));
        assertTrue(PrimaryRules.smallCount(1));
        assertTrue(PrimaryRules.smallCount(2));
        assertFalse(PrimaryRules.smallCount(3));
    }

    @Test
    void aCellNeedsThreeContributorsBesidesAnyOne() {
        // none: 0 by definition, shown; 1 to 3: the one that knows its own sees fewer than 3 others
        assertFalse(PrimaryRules.fewContributors(0));
        assertTrue(PrimaryRules.fewContributors(1));
        assertTrue(PrimaryRules.fewContributors(3));
        assertFalse(PrimaryRules.fewContributors(4));
    }

    @Test
    void twoCompaniesHoldingMoreThan85PercentDominate() {
        assertFalse(PrimaryRules.dominated(85, 100));
        assertTrue(PrimaryRules.dominated(86, 100));
        assertFalse(PrimaryRules.dominated(0, 0));
    }

    @Test
    void theFirstRuleThatAppliesNamesTheCell() {
        assertEquals(CellStatus.SMALL_COUNT, PrimaryRules.status(true, 2, 1, null));
        assertEquals(CellStatus.FEW_COMPANIES, PrimaryRules.status(true, 40, 3, null));
        // small counts are about persons: an amount of 2 SEK is not one
        assertEquals(CellStatus.FEW_COMPANIES, PrimaryRules.status(false, 2, 2, 2L));
        assertEquals(CellStatus.DOMINANCE, PrimaryRules.status(false, 1000, 5, 900L));
        assertNull(PrimaryRules.status(false, 1000, 5, 800L));
        assertNull(PrimaryRules.status(true, 0, 0, null));
    }
}
