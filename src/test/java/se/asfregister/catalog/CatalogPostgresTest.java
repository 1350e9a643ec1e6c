package se.asfregister.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The catalogue on a real PostgreSQL (its years and counties come from the database). */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class CatalogPostgresTest extends CatalogTest {
}
