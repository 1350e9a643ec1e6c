package se.asfregister.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.asfregister.web.ApiException;
import se.asfregister.web.ProblemType;

/** The per-company checks that services (bulk import, report lists, aggregates) call. */
@QuarkusTest
class CompanyAccessTest {

    @Inject
    CompanyAccess access;

    @Inject
    CurrentUser current;

    @Test
    void reporterWritesAndReadsOnlyItsOwnCompanies() {
        current.set(new Principal(1, "r", Set.of(Role.REPORTER), Set.of(10L, 12L)));
        assertDoesNotThrow(() -> access.checkWrite(10L));
        ApiException e = assertThrows(ApiException.class, () -> access.checkWrite(11L));
        assertEquals(ProblemType.FORBIDDEN, e.type());
        assertThrows(ApiException.class, () -> access.checkRead(11L));
        assertEquals(Optional.of(Set.of(10L, 12L)), access.readableCompanies());
        assertTrue(access.canSeePersonalData(12L));
        assertFalse(access.canSeePersonalData(11L));
        assertFalse(access.seesExactAggregates());
    }

    @Test
    void analystReadsEverythingButWritesNothing() {
        current.set(new Principal(2, "a", Set.of(Role.ANALYST), Set.of()));
        assertDoesNotThrow(() -> access.checkRead(11L));
        assertThrows(ApiException.class, () -> access.checkWrite(11L));
        assertEquals(Optional.empty(), access.readableCompanies());
        assertTrue(access.seesExactAggregates());
        assertTrue(access.canSeePersonalData(11L));
    }

    @Test
    void anonymousIsAskedToSignIn() {
        current.set(null);
        ApiException e = assertThrows(ApiException.class, () -> access.checkWrite(10L));
        assertEquals(ProblemType.UNAUTHORIZED, e.type());
        assertEquals(Optional.of(Set.of()), access.readableCompanies());
        assertFalse(access.seesExactAggregates());
        assertFalse(access.canSeePersonalData(10L));
    }
}
