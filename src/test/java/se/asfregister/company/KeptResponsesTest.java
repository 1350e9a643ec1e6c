package se.asfregister.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asfregister.company.CompanyRecords.CompanyResponse;

/** When a kept company response may answer, and that the kept ones stay bounded. */
class KeptResponsesTest {

    static final Instant VERIFIED = Instant.parse("2025-03-15T09:00:00Z");
    static final Instant EDGE = VerificationAge.staleFrom(VERIFIED);

    @Test
    void answersOnlyAtTheGenerationItWasReadAtAndWhileItsStalenessHolds() {
        KeptResponses kept = new KeptResponses();
        CompanyResponse fresh = response(1, VERIFIED, false);
        kept.put(7, fresh);

        assertSame(fresh, kept.get(1, 7, EDGE.minusNanos(1000)));
        assertNull(kept.get(1, 8, EDGE.minusNanos(1000)), "a write has committed since");
        assertNull(kept.get(1, 7, EDGE), "the confirmation has run out since");
        assertNull(kept.get(2, 7, VERIFIED), "never read");

        CompanyResponse stale = response(1, VERIFIED, true);
        kept.put(8, stale);
        assertSame(stale, kept.get(1, 8, EDGE));
        assertNull(kept.get(1, 8, VERIFIED), "a clock set back makes it fresh again");
    }

    @Test
    void startsOverRatherThanGrowPastItsBound() {
        KeptResponses kept = new KeptResponses();
        for (long id = 1; id <= KeptResponses.MAX; id++) {
            kept.put(1, response(id, VERIFIED, false));
        }
        assertEquals(KeptResponses.MAX, kept.size());
        kept.put(1, response(KeptResponses.MAX + 1L, VERIFIED, false));
        assertEquals(1, kept.size());
        assertNull(kept.get(1, 1, VERIFIED), "the earlier ones are gone");
    }

    private static CompanyResponse response(long id, Instant verifiedAt, boolean stale) {
        return new CompanyResponse(id, null, "Kvarnen " + id, LegalForm.ECONOMIC_ASSOCIATION, "2080", null, null, null,
                List.of(), List.of(), null, CompanyStatus.ACTIVE, null, false, false, false, null, null, 0, verifiedAt,
                verifiedAt, verifiedAt, "admin", stale);
    }
}
