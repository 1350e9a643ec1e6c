package se.asfregister.csr;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same collaboration tests on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class CollaborationResourcePostgresTest extends CollaborationResourceTest {
}
