package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which incoming ids are kept: only those that cannot forge a log line or a header. */
class RequestIdTest {

    @Test
    void commonIdFormatsAreWellFormed() {
        assertTrue(RequestId.wellFormed("3f2c8e0a-5b1d-4c7e-9a64-2d0f6b8e1c55")); // UUID
        assertTrue(RequestId.wellFormed("4bf92f3577b34da6a3ce929d0e0e4736")); // W3C trace id
        assertTrue(RequestId.wellFormed("lb.7:req_42"));
        assertTrue(RequestId.wellFormed("a".repeat(64)));
    }

    @Test
    void emptyLongOrUnsafeIdsAreNot() {
        assertFalse(RequestId.wellFormed(null));
        assertFalse(RequestId.wellFormed(""));
        assertFalse(RequestId.wellFormed("a".repeat(65)));
        assertFalse(RequestId.wellFormed("-starts-with-a-dash"));
        assertFalse(RequestId.wellFormed("two words"));
        assertFalse(RequestId.wellFormed("id\n2026-01-01 00:00:00 INFO forged line"));
        assertFalse(RequestId.wellFormed("id\"quoted\""));
        assertFalse(RequestId.wellFormed("åäö"));
    }

    @Test
    void aWellFormedIdIsKeptAnythingElseReplacedByANewUuid() {
        assertEquals("lb.7:req_42", RequestId.acceptOrGenerate("lb.7:req_42"));
        String first = RequestId.acceptOrGenerate("two words");
        String second = RequestId.acceptOrGenerate(null);
        assertDoesNotThrow(() -> UUID.fromString(first));
        assertDoesNotThrow(() -> UUID.fromString(second));
        assertNotEquals(first, second);
        assertTrue(RequestId.wellFormed(first));
    }
}
