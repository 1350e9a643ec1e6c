package se.asfregister.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The audit rows share the writer's connection and transaction: prove it on PostgreSQL too. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class AuditTrailPostgresTest extends AuditTrailTest {
}
