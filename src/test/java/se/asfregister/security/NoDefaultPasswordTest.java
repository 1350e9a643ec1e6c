package se.asfregister.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;

/** Without ASF_ADMIN_PASSWORD and outside dev/test nobody can sign in: there is no default password. */
@QuarkusTest
@TestProfile(NoDefaultPasswordTest.Production.class)
class NoDefaultPasswordTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("asf.security.demo-users", "false",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:no-default;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    DataSource ds;

    @Test
    void noUserExistsAndPublicDataStillAnswers() {
        assertEquals(0, TestDb.count(ds, "app_user"));
        Api.as("admin", "admin").get("/api/v1/me").then().statusCode(401);
        Api.as(Api.ADMIN, Api.ADMIN_PASSWORD).get("/api/v1/me").then().statusCode(401);
        Api.anonymous().get("/api/v1/counties").then().statusCode(200);
    }
}
