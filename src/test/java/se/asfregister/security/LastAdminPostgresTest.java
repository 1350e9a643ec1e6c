package se.asfregister.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The last-admin rule under real concurrency on PostgreSQL, and the recovery there. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class LastAdminPostgresTest extends LastAdminTest {
}
