package se.asfregister.policy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same policy tests on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PolicyResourcePostgresTest extends PolicyResourceTest {
}
