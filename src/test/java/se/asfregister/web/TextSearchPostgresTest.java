package se.asfregister.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same text filters on a real PostgreSQL with the server's default character type. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class TextSearchPostgresTest extends TextSearchTest {
}
