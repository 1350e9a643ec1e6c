package se.asfregister.goal;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same goal tests on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class GoalResourcePostgresTest extends GoalResourceTest {
}
