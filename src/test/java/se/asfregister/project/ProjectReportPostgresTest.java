package se.asfregister.project;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same project report tests on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ProjectReportPostgresTest extends ProjectReportTest {
}
