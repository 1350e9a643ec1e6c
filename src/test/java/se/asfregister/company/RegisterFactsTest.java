package se.asfregister.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asfregister.company.CompanyRecords.CompanyRequest;
import se.asfregister.company.CompanyRecords.Contact;
import se.asfregister.company.CompanyRecords.Criteria;

/** Which changes touch the register facts that official figures rest on. */
class RegisterFactsTest {

    private static final Criteria ALL = new Criteria(true, true, true, true, true);
    private static final CompanyRequest STORED = new CompanyRequest("Gruvans Återbruk", "556000-0019",
            LegalForm.ECONOMIC_ASSOCIATION, "2080", "Exempelgatan 1", "https://example.org", "Second-hand",
            List.of("återbruk"), List.of(), LocalDate.of(2012, 3, 1), CompanyStatus.ACTIVE, ALL,
            new Contact("Anna", "anna@example.org", null), null);

    @Test
    void descriptiveFieldsContactAndReservedContractOptInAreNotRegisterFacts() {
        CompanyRequest edited = new CompanyRequest("Gruvans Återbruk och Café", "556000-0019",
                LegalForm.LIMITED_COMPANY_RESTRICTED_PROFIT, "2080", "Ny gata 2", null, "Café too",
                List.of("café"), List.of("https://example.org/social"), LocalDate.of(2012, 3, 1), CompanyStatus.ACTIVE,
                ALL, new Contact("Bo", "bo@example.org", "+46 23 11 11 11"), true);
        assertEquals(List.of(), RegisterFacts.changed(STORED, edited));
    }

    @Test
    void theSameFactWrittenAnotherWayIsNoChange() {
        // undashed organisation number, status left out (ACTIVE), criteria left out are "not met"
        CompanyRequest stored = new CompanyRequest("X", "556000-0019", LegalForm.OTHER, "2080", null, null, null,
                null, null, null, CompanyStatus.ACTIVE, new Criteria(false, null, false, null, false), null, null);
        CompanyRequest sent = new CompanyRequest("X", "5560000019", LegalForm.OTHER, "2080", null, null, null,
                null, null, null, null, null, null, null);
        assertEquals(List.of(), RegisterFacts.changed(stored, sent));
    }

    @Test
    void everyChangedFactIsNamedInOrder() {
        CompanyRequest moved = new CompanyRequest("Gruvans Återbruk", "556000-0027", LegalForm.ECONOMIC_ASSOCIATION,
                "2062", "Exempelgatan 1", "https://example.org", "Second-hand", List.of("återbruk"), List.of(),
                LocalDate.of(2011, 1, 1), CompanyStatus.CLOSED, new Criteria(true, false, true, true, null),
                new Contact("Anna", "anna@example.org", null), null);
        assertEquals(List.of("organisationNumber", "municipalityCode", "foundedOn", "status",
                "criteria.integrationPurpose", "criteria.independentOfPublicSector"),
                RegisterFacts.changed(STORED, moved));
        assertEquals(9, RegisterFacts.FIELDS.size());
    }
}
