package se.asfregister.company;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.asfregister.audit.WriteGeneration;
import se.asfregister.company.CompanyRecords.CompanyResponse;

/**
 * Company responses kept between reads of {@code GET /companies/{id}}, each with the
 * {@link WriteGeneration} it was read at, like the report's kept figures: every instance reads
 * the generation from the database, so a write through any instance shows in the next read on
 * every other. A kept response also stops serving when the clock has moved its verification
 * across {@link VerificationAge#MAX_AGE}. It is the whole response; what the caller may see of
 * it is decided on each request, as before (docs/performance.md, "Kept company responses").
 */
final class KeptResponses {

    /** A few megabytes of responses at most; a register larger than this starts over rather than grow. */
    static final int MAX = 2048;

    /** {@code staleFrom} is worked out once, when kept, not on every read. */
    private record Kept(long generation, CompanyResponse response, Instant staleFrom) {
    }

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    /** The response kept for {@code id} if no write has committed since and its staleness still holds at {@code now}; else null. */
    CompanyResponse get(long id, long generation, Instant now) {
        Kept k = kept.get(id);
        if (k == null || k.generation() != generation || !now.isBefore(k.staleFrom()) != k.response().stale()) {
            return null;
        }
        return k.response();
    }

    void put(long generation, CompanyResponse response) {
        if (kept.size() >= MAX) {
            kept.clear();
        }
        kept.put(response.id(), new Kept(generation, response, VerificationAge.staleFrom(response.verifiedAt())));
    }

    /** How many are kept. */
    int size() {
        return kept.size();
    }
}
