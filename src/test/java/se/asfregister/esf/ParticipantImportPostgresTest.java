package se.asfregister.esf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same participant-report import on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ParticipantImportPostgresTest extends ParticipantImportTest {
}
