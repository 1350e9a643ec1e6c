package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** If-Match as a resource hands it to a service: the versions a client holds, compared as numbers. */
class ExpectedVersionTest {

    @Test
    void noHeaderAndStarExpectAnyVersion() {
        assertDoesNotThrow(() -> ExpectedVersion.ofIfMatch(null).check(7));
        assertDoesNotThrow(() -> ExpectedVersion.ofIfMatch("  ").check(7));
        assertDoesNotThrow(() -> ExpectedVersion.ofIfMatch("*").check(7));
    }

    @Test
    void aListedVersionMatchesAndAnyOtherIs412NamingTheCurrentTag() {
        ExpectedVersion expected = ExpectedVersion.ofIfMatch("\"2\", \"3\"");
        assertDoesNotThrow(() -> expected.check(3));
        ApiException e = assertThrows(ApiException.class, () -> expected.check(4));
        assertEquals(ProblemType.PRECONDITION_FAILED, e.type());
        assertEquals("If-Match does not match the current ETag \"4\"; fetch the resource again and retry",
                e.getMessage());
    }

    /** Tags are compared as the service writes them: "03" and a row tag "12.3" are not version 3. */
    @Test
    void aTagThatIsNotAVersionAsWrittenNeverMatches() {
        assertThrows(ApiException.class, () -> ExpectedVersion.ofIfMatch("\"03\"").check(3));
        assertThrows(ApiException.class, () -> ExpectedVersion.ofIfMatch("\"12.3\"").check(3));
        assertThrows(ApiException.class, () -> ExpectedVersion.ofIfMatch("\"99999999999999999999\"").check(3));
    }

    /** Read when the service compares, after it found the row: a missing row is a 404 first (RFC 9110 13.2.1). */
    @Test
    void aWeakOrMalformedHeaderIs400WhenCompared() {
        ExpectedVersion weak = assertDoesNotThrow(() -> ExpectedVersion.ofIfMatch("W/\"3\""));
        assertEquals(ProblemType.VALIDATION, assertThrows(ApiException.class, () -> weak.check(3)).type());
        assertEquals(ProblemType.VALIDATION,
                assertThrows(ApiException.class, () -> ExpectedVersion.ofIfMatch("3").check(3)).type());
    }

    @Test
    void creatingWithAnyIfMatchIs412AndWithoutItGoesAhead() {
        assertDoesNotThrow(() -> ExpectedVersion.ofIfMatch(null).checkNothingToMatch("none yet"));
        assertEquals(ProblemType.PRECONDITION_FAILED, assertThrows(ApiException.class,
                () -> ExpectedVersion.ofIfMatch("*").checkNothingToMatch("none yet")).type());
        assertEquals(ProblemType.PRECONDITION_FAILED, assertThrows(ApiException.class,
                () -> ExpectedVersion.ofIfMatch("\"0\"").checkNothingToMatch("none yet")).type());
    }
}
