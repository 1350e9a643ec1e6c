package se.asfregister.report;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The disclosure audit on a real PostgreSQL: the same outputs must be safe from both databases. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class DisclosureAuditPostgresTest extends DisclosureAuditTest {
}
