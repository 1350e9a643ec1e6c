package se.asfregister.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationNumberTest {

    @Test
    void acceptsBothFormsAndReturnsTheDashedOne() {
        assertEquals(Optional.of("556677-8899"), OrganisationNumber.normalise("5566778899"));
        assertEquals(Optional.of("556677-8899"), OrganisationNumber.normalise("556677-8899"));
        assertEquals(Optional.of("556677-8899"), OrganisationNumber.normalise(" 556677-8899 "));
    }

    @Test
    void rejectsWrongCheckDigitAndShape() {
        assertTrue(OrganisationNumber.normalise("5566778898").isEmpty());
        assertTrue(OrganisationNumber.normalise("55667788990").isEmpty());
        assertTrue(OrganisationNumber.normalise("5566-778899").isEmpty());
        assertTrue(OrganisationNumber.normalise("55667788a9").isEmpty());
        assertTrue(OrganisationNumber.normalise(null).isEmpty());
    }

    @Test
    void twelveDigitFormsBecomeTenDigitsOrSayWhatIsWrong() {
        // the Tax Agency's forms: 16 before a legal entity's number, a century before a personal one
        assertEquals(Optional.of("556036-0793"), OrganisationNumber.normalise("165560360793"));
        assertEquals(Optional.of("556036-0793"), OrganisationNumber.normalise("16556036-0793"));
        assertEquals(Optional.of("800101-1231"), OrganisationNumber.normalise("19800101-1231"));
        assertEquals(Optional.of("121212-1212"), OrganisationNumber.normalise("201212121212"));
        assertTrue(OrganisationNumber.parse("168001011231").problem().orElseThrow().contains("prefix 16"));
        assertTrue(OrganisationNumber.parse("195560360793").problem().orElseThrow().contains("century (19)"));
        assertTrue(OrganisationNumber.parse("175560360793").problem().orElseThrow().contains("neither 16"));
        assertEquals(Optional.of(OrganisationNumber.FORMAT_MESSAGE), OrganisationNumber.parse("19800101-1232")
                .problem());
    }

    @Test
    void aPersonalIdentityNumberHasAThirdDigitBelowTwo() {
        assertTrue(OrganisationNumber.isPersonalIdentityNumber("800101-1231"));
        assertTrue(OrganisationNumber.isPersonalIdentityNumber("121212-1212"));
        assertTrue(!OrganisationNumber.isPersonalIdentityNumber("556036-0793"));
        assertTrue(!OrganisationNumber.isPersonalIdentityNumber("802400-0005"));
    }
}
