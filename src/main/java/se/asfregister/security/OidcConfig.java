package se.asfregister.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * OpenID Connect bearer tokens beside HTTP Basic (docs/security.md, "Single sign-on"). Off
 * unless {@code enabled} is true; nothing is fetched from the issuer before the first token
 * arrives, so the service starts whether or not the issuer is reachable.
 */
@ConfigMapping(prefix = "asf.security.oidc")
public interface OidcConfig {

    /** Whether bearer tokens are accepted at all; without it every bearer token is a 401. */
    @WithDefault("false")
    boolean enabled();

    /** The issuer URL exactly as tokens name it in {@code iss}; its discovery document names the JWKS. */
    Optional<String> issuer();

    /** When set, tokens must name this audience in {@code aud}. */
    Optional<String> audience();

    /** Which claims carry roles, and which claim values stand for ADMIN, ANALYST and REPORTER. */
    Roles roles();

    /**
     * The claim (dot path) holding the organisation number of the company a REPORTER reports
     * for, if the identity provider issues one; admins may also bind subjects to companies.
     */
    Optional<String> companyClaim();

    /** How long a fetched key set is used before it is fetched again (a token with an unknown key id fetches it at once). */
    @WithDefault("PT10M")
    Duration jwksCacheTime();

    /** How much clock difference between issuer and service is tolerated for {@code exp} and {@code nbf}. */
    @WithDefault("PT30S")
    Duration clockSkew();

    interface Roles {

        /** The claim (dot path into nested objects, e.g. {@code realm_access.roles}) holding a list or a single role. */
        @WithDefault("roles")
        String claim();

        /** The claim value that grants ADMIN. */
        @WithDefault("ADMIN")
        String admin();

        /** The claim value that grants ANALYST. */
        @WithDefault("ANALYST")
        String analyst();

        /** The claim value that grants REPORTER. */
        @WithDefault("REPORTER")
        String reporter();
    }
}
