package se.asfregister.report;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same figures and statuses on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PublicReportPostgresTest extends PublicReportTest {
}
