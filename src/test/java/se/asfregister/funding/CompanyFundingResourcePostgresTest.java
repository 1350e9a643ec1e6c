package se.asfregister.funding;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The same tests of a company's financing on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class CompanyFundingResourcePostgresTest extends CompanyFundingResourceTest {
}
