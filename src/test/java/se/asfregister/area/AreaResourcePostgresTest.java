package se.asfregister.area;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same reference-area tests on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class AreaResourcePostgresTest extends AreaResourceTest {
}
