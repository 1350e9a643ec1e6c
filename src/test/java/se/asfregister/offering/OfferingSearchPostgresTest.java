package se.asfregister.offering;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same search tests, with the same expected hits, on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class OfferingSearchPostgresTest extends OfferingSearchTest {
}
