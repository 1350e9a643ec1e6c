package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** If-Match as RFC 9110 writes it, read for strong comparison. */
class IfMatchTest {

    @Test
    void absentOrBlankMeansNoPrecondition() {
        assertEquals(Optional.empty(), IfMatch.parse(null));
        assertEquals(Optional.empty(), IfMatch.parse("  "));
    }

    @Test
    void starMatchesAnyCurrentRepresentation() {
        IfMatch m = IfMatch.parse(" * ").orElseThrow();
        assertTrue(m.matches("0"));
        assertTrue(m.matches("1234.7"));
    }

    @Test
    void quotedTagsAreComparedStrongly() {
        assertEquals(List.of("3"), IfMatch.parse("\"3\"").orElseThrow().tags());
        IfMatch list = IfMatch.parse("\"1\" ,\t\"1234.3\",, \"x,y\"").orElseThrow();
        assertEquals(List.of("1", "1234.3", "x,y"), list.tags());
        assertTrue(list.matches("1234.3"));
        assertFalse(list.matches("3"));
        assertFalse(IfMatch.parse("\"3\"").orElseThrow().matches("1234.3"));
    }

    @Test
    void weakTagsAreRefusedNotCompared() {
        for (String weak : List.of("W/\"3\"", "\"1\", W/\"3\"")) {
            ApiException e = assertThrows(ApiException.class, () -> IfMatch.parse(weak), weak);
            assertEquals(ProblemType.VALIDATION, e.type());
            assertEquals("If-Match", e.errors().get(0).field());
            assertEquals(IfMatch.WEAK, e.errors().get(0).message());
        }
    }

    @Test
    void unquotedOrBrokenTagsAreRefused() {
        for (String bad : List.of("3", "\"3", "\"3\"x", "\"3\" \"4\"", "w/\"3\"", ",", "\"a b\"", "**", "\"3\", 4")) {
            ApiException e = assertThrows(ApiException.class, () -> IfMatch.parse(bad), bad);
            assertEquals(IfMatch.MALFORMED, e.errors().get(0).message(), bad);
        }
    }
}
