package se.asfregister.esf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same races on a real PostgreSQL, which waits for the other writer instead of timing out. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ParticipantImportRacePostgresTest extends ParticipantImportRaceTest {
}
