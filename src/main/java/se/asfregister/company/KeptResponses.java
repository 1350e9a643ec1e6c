package se.asfregister.company;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
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
 * across {@link VerificationAge#MAX_AGE}. It is the whole response, with its JSON for each kind
 * of caller written once; which of them a caller gets is decided on each request
 * (docs/performance.md, "Kept company responses").
 */
@Singleton
final class KeptResponses {

    /** A few megabytes of responses at most; a register larger than this starts over rather than grow. */
    static final int MAX = 2048;

    /** One company's response, kept at {@code generation}. */
    final class Kept {

        private final long generation;
        private final CompanyResponse response;
        /** Worked out once, when kept, not on every read. */
        private final Instant staleFrom;
        /** Written when first asked for; two requests may both write it, to the same bytes. */
        private volatile byte[] withPersonalData;
        private volatile byte[] withoutPersonalData;

        private Kept(long generation, CompanyResponse response) {
            this.generation = generation;
            this.response = response;
            this.staleFrom = VerificationAge.staleFrom(response.verifiedAt());
        }

        CompanyResponse response() {
            return response;
        }

        /** The response's JSON for a caller who may, or may not, see the company's personal data. */
        byte[] json(boolean personalData) {
            byte[] json = personalData ? withPersonalData : withoutPersonalData;
            if (json == null) {
                json = write(personalData ? response : response.withoutPersonalData());
                if (personalData) {
                    withPersonalData = json;
                } else {
                    withoutPersonalData = json;
                }
            }
            return json;
        }
    }

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();
    private final ObjectWriter writer;

    /** {@code json}: the mapper the JSON of every other response is written with. */
    @Inject
    KeptResponses(ObjectMapper json) {
        this.writer = json.writer();
    }

    /** The response kept for {@code id} if no write has committed since and its staleness still holds at {@code now}; else null. */
    Kept get(long id, long generation, Instant now) {
        Kept k = kept.get(id);
        if (k == null || k.generation != generation || !now.isBefore(k.staleFrom) != k.response.stale()) {
            return null;
        }
        return k;
    }

    Kept put(long generation, CompanyResponse response) {
        if (kept.size() >= MAX) {
            kept.clear();
        }
        Kept k = new Kept(generation, response);
        kept.put(response.id(), k);
        return k;
    }

    /** How many are kept. */
    int size() {
        return kept.size();
    }

    private byte[] write(CompanyResponse response) {
        try {
            return writer.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a company response is plain data", e);
        }
    }
}
