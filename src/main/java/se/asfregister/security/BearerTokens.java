package se.asfregister.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import se.asfregister.web.ApiException;
import se.asfregister.web.ProblemType;

/**
 * OpenID Connect bearer tokens: the signature against the issuer's published keys, the issuer,
 * the expiry and (if configured) the audience. The keys are found through the issuer's
 * discovery document on the first token, not at start, so the service starts while the issuer
 * is down; a token signed with a key id not yet known fetches the key set again, which is how
 * a rotated key is picked up. Every token that fails a check gets the same 401.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);
    static final String INVALID_TOKEN = "The bearer token is unknown, expired or not valid";
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    OidcConfig config;

    @Inject
    TokenCompanies companies;

    @Inject
    ObjectMapper json;

    private volatile JwtConsumer consumer;

    /** Turned on without an issuer is a mistake to see at start, not at the first token. */
    void checkOnStart(@Observes StartupEvent start) {
        if (config.enabled() && config.issuer().filter(s -> !s.isBlank()).isEmpty()) {
            throw new IllegalStateException("asf.security.oidc.enabled is true but asf.security.oidc.issuer is not set");
        }
    }

    /** The caller a bearer token names. Throws 401 for any token that is not valid (503 while the issuer cannot be reached). */
    public Principal authenticate(String token) {
        if (!config.enabled()) {
            throw Authenticator.unauthorized("Bearer tokens are not accepted here; use HTTP Basic");
        }
        JwtClaims claims;
        String subject;
        try {
            claims = consumer().processToClaims(token);
            subject = claims.getSubject();
            if (subject.isBlank() || subject.length() > TokenSubjectResource.MAX_SUBJECT) {
                throw new MalformedClaimException("the subject must be 1 to 255 characters, as the audit trail names it");
            }
        } catch (InvalidJwtException | MalformedClaimException e) {
            LOG.debugf("bearer token refused: %s", e.getMessage());
            throw Authenticator.unauthorized(INVALID_TOKEN);
        }
        TokenClaims rules = TokenClaims.of(config);
        Set<Role> roles = rules.roles(claims.getClaimsMap());
        Set<Long> companyIds = roles.contains(Role.REPORTER)
                ? companies.of(subject, rules.organisationNumber(claims.getClaimsMap()))
                : Set.of();
        return Principal.ofToken(subject, roles, companyIds);
    }

    private JwtConsumer consumer() {
        JwtConsumer c = consumer;
        if (c == null) {
            synchronized (this) {
                if (consumer == null) {
                    consumer = build();
                }
                c = consumer;
            }
        }
        return c;
    }

    private JwtConsumer build() {
        String issuer = config.issuer().orElseThrow();
        HttpsJwks keys = new HttpsJwks(jwksUri(issuer));
        keys.setDefaultCacheDuration(config.jwksCacheTime().toSeconds());
        JwtConsumerBuilder b = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds((int) config.clockSkew().toSeconds())
                .setExpectedIssuer(issuer)
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.RSA_PSS_USING_SHA384, AlgorithmIdentifiers.RSA_PSS_USING_SHA512,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384,
                        AlgorithmIdentifiers.ECDSA_USING_P521_CURVE_AND_SHA512);
        config.audience().ifPresentOrElse(b::setExpectedAudience, b::setSkipDefaultAudienceValidation);
        return b.build();
    }

    /** The {@code jwks_uri} of the issuer's discovery document, which must name the same issuer. */
    private String jwksUri(String issuer) {
        URI discovery = URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        try {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT).build().send(
                    HttpRequest.newBuilder(discovery).timeout(FETCH_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode doc = r.statusCode() == 200 ? json.readTree(r.body()) : null;
            if (doc == null || !issuer.equals(doc.path("issuer").asText()) || !doc.hasNonNull("jwks_uri")) {
                throw new IOException("HTTP " + r.statusCode() + " or not a discovery document of issuer " + issuer);
            }
            return doc.get("jwks_uri").asText();
        } catch (IOException e) {
            throw unreachable(discovery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(discovery, e);
        }
    }

    private static ApiException unreachable(URI discovery, Exception e) {
        LOG.warnf("OpenID Connect discovery at %s failed: %s", discovery, e.getMessage());
        return new ApiException(ProblemType.UNAVAILABLE, "The identity provider cannot be reached; try again later");
    }
}
