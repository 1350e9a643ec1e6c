package se.asfregister.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The production settings of sign-in that the other tests turn off: OpenID Connect against the
 * local {@link TestIssuer}, and remembered logins ({@code asf.security.auth-cache-ttl}). One
 * profile for the OIDC tests and {@link AuthCacheTest}, so Quarkus restarts once for all of them.
 */
public class OidcProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("asf.security.auth-cache-ttl", "PT60S");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TestIssuer.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
