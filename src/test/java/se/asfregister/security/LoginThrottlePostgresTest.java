package se.asfregister.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The login throttle's row locks and upserts on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class LoginThrottlePostgresTest extends LoginThrottleTest {
}
