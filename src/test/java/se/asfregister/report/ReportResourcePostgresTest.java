package se.asfregister.report;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same hand-computed figures on a real PostgreSQL: the aggregate SQL must agree on both databases. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ReportResourcePostgresTest extends ReportResourceTest {
}
