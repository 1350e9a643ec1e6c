package se.asfregister.esf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.employment.ImportTransactionTimeoutPostgresTest;

/** The same on a real PostgreSQL. */
@QuarkusTest
@TestProfile(ImportTransactionTimeoutPostgresTest.ShortDefaultTimeoutPostgres.class)
class ParticipantImportTimeoutPostgresTest extends ParticipantImportTimeoutTest {
}
