package se.asfregister.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;

/** Outside dev and test: no demo users, and the only way in is the admin from ASF_ADMIN_PASSWORD. */
@QuarkusTest
@TestProfile(FirstAdminTest.Production.class)
class FirstAdminTest {

    static final String PASSWORD = "Gruvan-Kopparberg-88";

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("asf.security.demo-users", "false", "asf.admin-password", PASSWORD,
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    DataSource ds;

    @Test
    void theFirstAdminComesFromTheEnvironmentAndNoDemoUserExists() {
        assertEquals(1, TestDb.count(ds, "app_user"));
        Api.as("admin", PASSWORD).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("admin")).body("roles", equalTo(List.of("ADMIN")));
        Api.as(Api.ADMIN, Api.ADMIN_PASSWORD).get("/api/v1/me").then().statusCode(401);
        Api.as("admin", "admin").get("/api/v1/me").then().statusCode(401);
        // created by start-up, so recorded as "system"
        Api.as("admin", PASSWORD).queryParam("entityType", "User").get("/api/v1/audit-events")
                .then().statusCode(200).body("items[0].user", equalTo("system"))
                .body("items[0].action", equalTo("CREATE"));
    }
}
