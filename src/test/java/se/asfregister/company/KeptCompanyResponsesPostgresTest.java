package se.asfregister.company;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same kept responses on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class KeptCompanyResponsesPostgresTest extends KeptCompanyResponsesTest {
}
