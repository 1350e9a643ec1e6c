package se.asfregister.employment;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same id allocation on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ReportIdAllocationPostgresTest extends ReportIdAllocationTest {
}
