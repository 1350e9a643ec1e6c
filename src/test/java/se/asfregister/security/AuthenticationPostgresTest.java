package se.asfregister.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** Lock-out counters are bulk updates in their own transaction: prove them on PostgreSQL too. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class AuthenticationPostgresTest extends AuthenticationTest {
}
