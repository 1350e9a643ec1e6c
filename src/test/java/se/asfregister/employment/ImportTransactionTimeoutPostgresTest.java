package se.asfregister.employment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import se.asfregister.support.PostgresProfile;

/** The same on a real PostgreSQL, which waits for a row lock without a limit. */
@QuarkusTest
@TestProfile(ImportTransactionTimeoutPostgresTest.ShortDefaultTimeoutPostgres.class)
public class ImportTransactionTimeoutPostgresTest extends ImportTransactionTimeoutTest {

    /** {@link PostgresProfile} with the default transaction timeout at 1 s. */
    public static class ShortDefaultTimeoutPostgres extends PostgresProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quarkus.transaction-manager.default-transaction-timeout", "1s");
            return config;
        }
    }
}
