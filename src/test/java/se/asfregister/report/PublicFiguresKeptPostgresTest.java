package se.asfregister.report;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PublicFiguresKeptPostgresTest extends PublicFiguresKeptTest {
}
