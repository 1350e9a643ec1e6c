package se.asfregister.esf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The code list names every indicator with its source, and only the codes that were verified. */
class CodeListTest {

    @Test
    void everyIndicatorHasNamesAndASource() {
        for (Indicator i : Indicator.ALL) {
            CodeList.Entry e = i.entry();
            assertNotNull(e, i.key);
            assertFalse(e.nameEn().isBlank(), i.key);
            assertFalse(e.nameSv().isBlank(), i.key);
            assertFalse(e.source().isBlank(), i.key);
            assertEquals(e.code() == null, e.codeSource() == null, i.key + ": a code needs its source");
        }
    }

    @Test
    void onlyTheVerifiedCodesAreListed() {
        Map<String, String> codes = new TreeMap<>();
        Indicator.ALL.stream().filter(i -> i.code() != null).forEach(i -> codes.put(i.key, i.code()));
        assertEquals(Map.of("participants", "EECO01", "jobSearchingAtLeaving", "EECR01", "employedAtLeaving", "EECR04"),
                codes);
    }

    @Test
    void resultsAndOutputsAreKindsOfTheirOwn() {
        assertEquals(Indicator.Kind.OUTPUT, Indicator.LONG_TERM_UNEMPLOYED.kind());
        assertEquals(Indicator.Kind.LEAVERS, Indicator.LEAVERS.kind());
        assertEquals(Indicator.Kind.IMMEDIATE_RESULT, Indicator.EMPLOYED_AT_LEAVING.kind());
        assertEquals(Indicator.Kind.LONGER_TERM_RESULT, Indicator.IMPROVED_SIX_MONTHS.kind());
        assertEquals("unemployed, including long-term unemployed", Indicator.UNEMPLOYED.entry().nameEn());
    }
}
