package se.asfregister.offering;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same HSDS export, valid against the same schemas, on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class HsdsExportPostgresTest extends HsdsExportTest {
}
