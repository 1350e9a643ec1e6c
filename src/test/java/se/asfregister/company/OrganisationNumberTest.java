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
    void demoDataLoadsOnlyIntoAnEmptyEnabledH2Database() {
        assertTrue(DemoData.shouldLoad(true, true, 0));
        assertTrue(!DemoData.shouldLoad(false, true, 0));
        assertTrue(!DemoData.shouldLoad(true, false, 0));
        assertTrue(!DemoData.shouldLoad(true, true, 3));
        DemoData.companies().forEach(c -> assertTrue(OrganisationNumber.normalise(c.organisationNumber()).isPresent(),
                c.organisationNumber()));
    }
}
