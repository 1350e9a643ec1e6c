package se.asfregister.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asfregister.company.CompanyRecords.CompanyResponse;
import se.asfregister.company.CompanyRecords.Contact;

/** When a kept company response may answer, its JSON for each kind of caller, and that the kept ones stay bounded. */
class KeptResponsesTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static final Instant VERIFIED = Instant.parse("2025-03-15T09:00:00Z");
    static final Instant EDGE = VerificationAge.staleFrom(VERIFIED);

    @Test
    void answersOnlyAtTheGenerationItWasReadAtAndWhileItsStalenessHolds() {
        KeptResponses kept = new KeptResponses(JSON);
        CompanyResponse fresh = response(1, VERIFIED, false);
        kept.put(7, fresh);

        assertSame(fresh, kept.get(1, 7, EDGE.minusNanos(1000)).response());
        assertNull(kept.get(1, 8, EDGE.minusNanos(1000)), "a write has committed since");
        assertNull(kept.get(1, 7, EDGE), "the confirmation has run out since");
        assertNull(kept.get(2, 7, VERIFIED), "never read");

        CompanyResponse stale = response(1, VERIFIED, true);
        kept.put(8, stale);
        assertSame(stale, kept.get(1, 8, EDGE).response());
        assertNull(kept.get(1, 8, VERIFIED), "a clock set back makes it fresh again");
    }

    @Test
    void writesTheJsonOfEachKindOfCallerOnceAndLeavesPersonalDataOutOfTheOtherKind() throws Exception {
        KeptResponses kept = new KeptResponses(JSON);
        CompanyResponse withContact = response(1, VERIFIED, false, new Contact("Karin Berg", "karin@kvarnen.se", "023-123 45"));
        KeptResponses.Kept k = kept.put(7, withContact);

        byte[] all = k.json(true);
        byte[] other = k.json(false);
        assertEquals(JSON.readTree(JSON.writeValueAsBytes(withContact)), JSON.readTree(all));
        assertEquals(JSON.readTree(JSON.writeValueAsBytes(withContact.withoutPersonalData())), JSON.readTree(other));
        JsonNode contact = JSON.readTree(other).get("contact");
        assertEquals("Karin Berg", JSON.readTree(all).get("contact").get("name").asText());
        assertTrue(contact.isNull(), "no contact for a caller who may not see it");
        assertSame(all, k.json(true), "written once");
        assertSame(other, k.json(false), "written once");
    }

    @Test
    void startsOverRatherThanGrowPastItsBound() {
        KeptResponses kept = new KeptResponses(JSON);
        for (long id = 1; id <= KeptResponses.MAX; id++) {
            kept.put(1, response(id, VERIFIED, false));
        }
        assertEquals(KeptResponses.MAX, kept.size());
        kept.put(1, response(KeptResponses.MAX + 1L, VERIFIED, false));
        assertEquals(1, kept.size());
        assertNull(kept.get(1, 1, VERIFIED), "the earlier ones are gone");
    }

    private static CompanyResponse response(long id, Instant verifiedAt, boolean stale) {
        return response(id, verifiedAt, stale, null);
    }

    private static CompanyResponse response(long id, Instant verifiedAt, boolean stale, Contact contact) {
        return new CompanyResponse(id, null, "Kvarnen " + id, LegalForm.ECONOMIC_ASSOCIATION, "2080", null, null, null,
                List.of(), List.of(), null, CompanyStatus.ACTIVE, null, false, false, false, null, contact, 0, verifiedAt,
                verifiedAt, verifiedAt, "admin", stale);
    }
}
