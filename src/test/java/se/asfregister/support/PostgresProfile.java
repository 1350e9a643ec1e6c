package se.asfregister.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * Runs a test class against PostgreSQL. The database kind is a build-time setting, so this
 * profile makes Quarkus build the application again for PostgreSQL; the server comes from
 * {@link PostgresResource}. Classes with this profile are run together (Quarkus orders test
 * classes by profile), so the switch happens once.
 */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.db-kind", "postgresql");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresResource.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
