package se.asfregister.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

@QuarkusTest
@TestProfile(PostgresProfile.class)
class TokenSubjectResourcePostgresTest extends TokenSubjectResourceTest {
}
