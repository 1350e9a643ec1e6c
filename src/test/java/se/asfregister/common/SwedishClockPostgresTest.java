package se.asfregister.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same clock tests on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class SwedishClockPostgresTest extends SwedishClockTest {
}
