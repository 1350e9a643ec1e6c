package se.asfregister.employment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same reserved-contract tests on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ReservedContractPostgresTest extends ReservedContractTest {
}
