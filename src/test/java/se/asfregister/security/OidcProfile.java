package se.asfregister.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/**
 * OpenID Connect turned on against the local {@link TestIssuer}; the one profile every OIDC
 * test shares, so Quarkus restarts once for all of them.
 */
public class OidcProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TestIssuer.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
