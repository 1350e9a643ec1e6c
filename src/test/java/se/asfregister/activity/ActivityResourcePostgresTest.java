package se.asfregister.activity;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same activity tests on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ActivityResourcePostgresTest extends ActivityResourceTest {
}
