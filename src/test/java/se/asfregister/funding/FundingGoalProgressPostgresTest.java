package se.asfregister.funding;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.asfregister.support.PostgresProfile;

/** The financing and social media indicators on a real PostgreSQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class FundingGoalProgressPostgresTest extends FundingGoalProgressTest {
}
