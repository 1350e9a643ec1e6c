package se.asfregister.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same check against the schema Flyway builds on PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class MappingMatchesSchemaPostgresTest extends MappingMatchesSchemaTest {
}
