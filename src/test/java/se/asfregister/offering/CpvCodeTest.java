package se.asfregister.offering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpvCodeTest {

    /** Codes as the vocabulary publishes them (CPV 2008), from several divisions and levels. */
    private static final List<String> PUBLISHED = List.of("03000000-1", "03111100-3", "45000000-7", "50700000-2",
            "55000000-0", "55520000-1", "55521200-0", "60100000-9", "66171000-9", "71000000-8", "72000000-5",
            "77000000-0", "79000000-4", "79530000-8", "85312320-8", "90000000-7", "90910000-9", "90911300-9",
            "90919300-5", "98200000-5");

    @Test
    void publishedCodesAreValid() {
        for (String code : PUBLISHED) {
            CpvCode.Result r = CpvCode.parse(code);
            assertTrue(r.code().isPresent(), code + ": " + r.problem());
            assertEquals(code, r.code().get().toString());
        }
    }

    @Test
    void theCheckDigitIsTheWeightedSumModuloTen() {
        // 9*3 + 0*7 + 9*1 + 1*3 + 0*7 + 0*1 + 0*3 + 0*7 = 27 + 9 + 3 = 39 -> 9
        assertEquals(9, CpvCode.checkDigitOf("90910000"));
        // 5*3 + 5*7 + 5*1 + 2*3 = 15 + 35 + 5 + 6 = 61 -> 1
        assertEquals(1, CpvCode.checkDigitOf("55520000"));
    }

    @Test
    void everyOtherCheckDigitIsRefused() {
        for (int d = 0; d <= 9; d++) {
            boolean valid = CpvCode.parse("90910000-" + d).code().isPresent();
            assertEquals(d == 9, valid, "90910000-" + d);
        }
        assertTrue(CpvCode.parse("90910000-3").problem().contains("90910000-9 would be valid"));
    }

    @Test
    void irregularPublishedDigitsAreAcceptedAsPublishedOnly() {
        for (String code : CpvCode.PUBLISHED_IRREGULAR) {
            assertTrue(CpvCode.parse(code).code().isPresent(), code);
            String digits = code.substring(0, 8);
            String computed = digits + "-" + CpvCode.checkDigitOf(digits);
            assertFalse(CpvCode.parse(computed).code().isPresent(), computed);
        }
    }

    @Test
    void theFormatIsEightDigitsHyphenCheckDigit() {
        for (String bad : new String[] {null, "", "90910000", "909100009", "9091000-9", "90910000-", "9091000a-9",
                "90910000-99", "90 910000-9"}) {
            assertFalse(CpvCode.parse(bad).code().isPresent(), String.valueOf(bad));
        }
        assertEquals("90", CpvCode.parse(" 90910000-9 ").code().get().division());
    }
}
