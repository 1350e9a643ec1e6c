package se.asfregister.company;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The chunked list reads on a real PostgreSQL, whose bind-parameter limit the chunk stays under. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class CompanyListsPostgresTest extends CompanyListsTest {
}
