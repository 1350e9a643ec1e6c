package se.asfregister.offering;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same freshness rules, at the same edge, on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class StaleDirectoryPostgresTest extends StaleDirectoryTest {
}
