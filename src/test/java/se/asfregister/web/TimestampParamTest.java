package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code ?modifiedSince=} takes RFC 3339 date-times and nothing looser. */
class TimestampParamTest {

    @Test
    void rfc3339DateTimesWithAnyOffset() {
        assertEquals(Instant.parse("2026-01-31T11:00:00Z"), Params.optionalTimestamp("t", "2026-01-31T12:00:00+01:00"));
        assertEquals(Instant.parse("2026-01-31T12:00:00.123456Z"), Params.optionalTimestamp("t", "2026-01-31t12:00:00.123456z"));
        assertEquals(Instant.parse("2026-01-31T14:30:00Z"), Params.optionalTimestamp("t", "2026-01-31T12:00:00-02:30"));
        assertNull(Params.optionalTimestamp("t", " "));
    }

    @Test
    void anythingElseIsA400NamingTheParameter() {
        for (String bad : new String[] {"2026-01-31", "2026-01-31T12:00:00", "2026-01-31T12:00Z",
                "2026-01-31 12:00:00Z", "2026-01-31T12:00:00 01:00", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
                "1738324800", "yesterday"}) {
            ApiException e = assertThrows(ApiException.class, () -> Params.optionalTimestamp("modifiedSince", bad), bad);
            assertEquals("modifiedSince", e.errors().get(0).field(), bad);
        }
    }
}
