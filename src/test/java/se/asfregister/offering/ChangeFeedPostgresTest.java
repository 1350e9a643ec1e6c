package se.asfregister.offering;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same change feed on a real PostgreSQL (timestamps with time zone, microseconds). */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ChangeFeedPostgresTest extends ChangeFeedTest {
}
