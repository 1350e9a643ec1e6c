package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The county and municipality filters: fixed-length ASCII digits, else a 400 naming the parameter. */
class AreaCodeParamsTest {

    @Test
    void aWellFormedCodeIsKeptTrimmed() {
        assertEquals("20", Params.optionalCounty(" 20 "));
        assertEquals("2081", Params.optionalMunicipality("2081"));
    }

    @Test
    void anAbsentOrBlankCodeIsNoFilter() {
        assertNull(Params.optionalCounty(null));
        assertNull(Params.optionalMunicipality("  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "200", "2a", "-2", "+2", "٢٠", "2 0"})
    void aCountyCodeOfOtherThanTwoAsciiDigitsIsRefused(String code) {
        ApiException e = assertThrows(ApiException.class, () -> Params.optionalCounty(code));
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals("county", e.errors().get(0).field());
        assertEquals("must be a 2-digit code", e.errors().get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"208", "20811", "20x1", "２０８１"})
    void aMunicipalityCodeOfOtherThanFourAsciiDigitsIsRefused(String code) {
        ApiException e = assertThrows(ApiException.class, () -> Params.optionalMunicipality(code));
        assertEquals("municipality", e.errors().get(0).field());
        assertEquals("must be a 4-digit code", e.errors().get(0).message());
    }
}
