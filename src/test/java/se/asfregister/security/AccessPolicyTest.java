package se.asfregister.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules for endpoints that other features are adding now: once merged, the matrix test
 * covers them through the contract; until then this pins what the policy will enforce.
 */
class AccessPolicyTest {

    private static final Principal REPORTER = new Principal(1, "r", Set.of(Role.REPORTER), Set.of(10L));
    private static final Principal ANALYST = new Principal(2, "a", Set.of(Role.ANALYST), Set.of());

    @Test
    void employmentReportsAreNeverPublicAndBoundToTheReportersCompanies() {
        String one = "/api/v1/companies/{id}/employment-reports/{period}";
        assertEquals(Access.COMPANY_READ, AccessPolicy.accessFor("GET", one));
        assertEquals(Access.COMPANY_READ, AccessPolicy.accessFor("GET", "/api/v1/companies/{id}/employment-reports"));
        assertEquals(Access.COMPANY_WRITE, AccessPolicy.accessFor("PUT", one));
        assertEquals(Access.COMPANY_WRITE, AccessPolicy.accessFor("DELETE", one));
        assertEquals(Access.REPORTER_READ, AccessPolicy.accessFor("GET", "/api/v1/employment-reports"));
        assertEquals(Access.REPORTER_WRITE, AccessPolicy.accessFor("POST", "/api/v1/employment-reports/import"));

        assertFalse(AccessPolicy.allows(Access.COMPANY_READ, null, 10L));
        assertTrue(AccessPolicy.allows(Access.COMPANY_READ, REPORTER, 10L));
        assertFalse(AccessPolicy.allows(Access.COMPANY_READ, REPORTER, 11L));
        assertFalse(AccessPolicy.allows(Access.COMPANY_WRITE, REPORTER, 11L));
        assertTrue(AccessPolicy.allows(Access.COMPANY_READ, ANALYST, 11L));
        assertFalse(AccessPolicy.allows(Access.COMPANY_WRITE, ANALYST, 10L));
        assertFalse(AccessPolicy.allows(Access.REPORTER_READ, null, null));
    }

    @Test
    void plannedPublicReadsAndAdminWrites() {
        for (String path : new String[] {"/api/v1/csr-collaborations", "/api/v1/csr-collaborations/{id}",
                "/api/v1/companies/{id}/csr-collaborations", "/api/v1/municipal-policies",
                "/api/v1/municipalities/{code}/policies", "/api/v1/activities/{id}", "/api/v1/goals",
                "/api/v1/progress", "/api/v1/reports/annual"}) {
            assertEquals(Access.PUBLIC, AccessPolicy.accessFor("GET", path), path);
        }
        assertEquals(Access.ADMIN, AccessPolicy.accessFor("POST", "/api/v1/csr-collaborations"));
        assertEquals(Access.ADMIN, AccessPolicy.accessFor("PUT", "/api/v1/goals/{id}"));
        assertEquals(Access.ADMIN, AccessPolicy.accessFor("DELETE", "/api/v1/activities/{id}"));
    }

    @Test
    void unknownOperationsDefaultToTheSafeSide() {
        assertEquals(Access.ANALYST, AccessPolicy.accessFor("GET", "/api/v1/something-new"));
        assertEquals(Access.ADMIN, AccessPolicy.accessFor("POST", "/api/v1/something-new"));
        assertEquals(Access.ADMIN, AccessPolicy.accessFor("DELETE", "/api/v1/companies/{id}"));
    }
}
