package se.asfregister.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.asfregister.company.OrganisationNumber;
import se.asfregister.support.Fixtures;

/** Which roles and company a token's claims grant, for the claim layouts of common identity providers. */
class TokenClaimsTest {

    private static final Map<String, Role> VALUES = Map.of("asf-admin", Role.ADMIN, "asf-analyst", Role.ANALYST,
            "asf-reporter", Role.REPORTER);

    @Test
    void rolesFromANestedListAsKeycloakIssuesThem() {
        TokenClaims rules = new TokenClaims("realm_access.roles", VALUES, Optional.empty());
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("offline_access", "asf-analyst")));
        assertEquals(Set.of(Role.ANALYST), rules.roles(claims));
    }

    @Test
    void rolesFromATopLevelListAsEntraIssuesAppRoles() {
        TokenClaims rules = new TokenClaims("roles", VALUES, Optional.empty());
        assertEquals(Set.of(Role.ADMIN, Role.REPORTER), rules.roles(Map.of("roles", List.of("asf-reporter", "asf-admin"))));
    }

    @Test
    void rolesFromASpaceSeparatedStringAsInScope() {
        TokenClaims rules = new TokenClaims("scope", VALUES, Optional.empty());
        assertEquals(Set.of(Role.REPORTER), rules.roles(Map.of("scope", "openid asf-reporter profile")));
    }

    @Test
    void missingWrongTypeOrUnknownValuesGrantNothing() {
        TokenClaims rules = new TokenClaims("realm_access.roles", VALUES, Optional.empty());
        assertEquals(Set.of(), rules.roles(Map.of()));
        assertEquals(Set.of(), rules.roles(Map.of("realm_access", "asf-admin")));
        assertEquals(Set.of(), rules.roles(Map.of("realm_access", Map.of("roles", List.of("ADMIN", 7)))));
    }

    @Test
    void organisationNumberWithOrWithoutDashIsCanonical() {
        TokenClaims rules = new TokenClaims("roles", VALUES, Optional.of("org.number"));
        String dashed = Fixtures.orgNumber(1);
        // the claim is read as the token carries it; the register reads it as an organisation number
        assertEquals(Optional.of(OrganisationNumber.normalise(dashed).orElseThrow()),
                rules.organisationNumber(Map.of("org", Map.of("number", dashed.replace("-", ""))))
                        .flatMap(OrganisationNumber::normalise));
        assertEquals(OrganisationNumber.normalise(dashed),
                rules.organisationNumber(Map.of("org", Map.of("number", dashed))).flatMap(OrganisationNumber::normalise));
    }

    @Test
    void noCompanyClaimConfiguredOrAnInvalidNumberBindsNothing() {
        assertEquals(Optional.empty(), new TokenClaims("roles", VALUES, Optional.empty())
                .organisationNumber(Map.of("organisation_number", "5566778899")));
        assertEquals(Optional.empty(), new TokenClaims("roles", VALUES, Optional.of("organisation_number"))
                .organisationNumber(Map.of("organisation_number", "12345")).flatMap(OrganisationNumber::normalise));
    }
}
