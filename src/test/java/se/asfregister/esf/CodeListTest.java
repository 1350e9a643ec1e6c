package se.asfregister.esf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
        assertEquals(Map.of("participants", "EECO01", "employed", "EECO05", "thirdCountryNationals", "EECO13",
                "foreignBackground", "EECO14", "minorities", "EECO15", "jobSearchingAtLeaving", "EECR01",
                "employedAtLeaving", "EECR04"), codes);
    }

    /** Each verified code names the stored document it was found in; the SFC support portal's pages by their address. */
    @Test
    void eachVerifiedCodeNamesItsSource() {
        assertTrue(Indicator.PARTICIPANTS.entry().codeSource().contains("SFC2021"));
        for (Indicator i : List.of(Indicator.JOB_SEARCHING_AT_LEAVING, Indicator.EMPLOYED_AT_LEAVING)) {
            assertTrue(i.entry().codeSource().contains(
                    "https://sfc.ec.europa.eu/en/bezugszeitraum-fur-indikatoren-fur-unmittelbare-ergebnisse"), i.key);
        }
        assertTrue(Indicator.EMPLOYED.entry().codeSource().contains("https://sfc.ec.europa.eu/en/node/3991"));
        for (Indicator i : List.of(Indicator.THIRD_COUNTRY_NATIONALS, Indicator.FOREIGN_BACKGROUND, Indicator.MINORITIES)) {
            assertTrue(i.entry().codeSource().contains("https://sfc.ec.europa.eu/en/eeco13-"), i.key);
        }
    }

    /**
     * Each indicator under its point of Annex I: 1.1 the labour-market status, age and education
     * of the participants and their total, 1.2 the six other outputs, 3 the immediate and 4 the
     * longer-term results; the leavers are the register's own figure.
     */
    @Test
    void eachIndicatorIsUnderItsAnnexPoint() {
        Map<String, List<String>> byPoint = new TreeMap<>();
        Indicator.ALL.forEach(i -> byPoint.computeIfAbsent(i.entry().source(), k -> new ArrayList<>()).add(i.key));
        assertEquals(List.of("participants", "unemployed", "longTermUnemployed", "inactive", "employed", "under18",
                "aged18To29", "aged55AndOver", "isced0To2", "isced3To4", "isced5To8"), byPoint.get("Annex I point 1.1"));
        assertEquals(List.of("disabilities", "thirdCountryNationals", "foreignBackground", "minorities", "homeless",
                "ruralAreas"), byPoint.get("Annex I point 1.2"));
        assertEquals(List.of("jobSearchingAtLeaving", "educationAtLeaving", "qualificationAtLeaving",
                "employedAtLeaving"), byPoint.get("Annex I point 3 (immediate results)"));
        assertEquals(List.of("employedSixMonths", "improvedSixMonths"), byPoint.get("Annex I point 4 (longer-term results)"));
        assertEquals(5, byPoint.size(), byPoint.keySet().toString());
        assertEquals(Indicator.Kind.LEAVERS, Indicator.LEAVERS.entry().kind());
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
