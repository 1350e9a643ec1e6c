package se.asfregister.security;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * Remembered logins (asf.security.auth-cache-ttl, off in the tests outside {@link OidcProfile}): a login that
 * succeeded is not checked against the database again within the TTL, yet a password reset,
 * disabling a user, a role change or the wait after failed logins take effect at once.
 */
@QuarkusTest
@TestProfile(OidcProfile.class)
class AuthCacheTest {

    private static final String USER = "cache.analyst";
    private static final String PASSWORD = "Klockor-Tornet-Regn-7";

    @Inject
    DataSource ds;

    @BeforeEach
    void clear() {
        TestDb.clear(ds);
    }

    @Test
    void rememberedLoginIsNotCheckedAgainUntilThePasswordIsReset() throws SQLException {
        long id = Fixtures.createUser(USER, PASSWORD, List.of("ANALYST"), null);
        Api.as(USER, PASSWORD).get("/api/v1/me").then().statusCode(200);
        // behind the service's back: the stored hash no longer matches; the remembered login still does
        setHash(USER, "$2a$04$0000000000000000000000000000000000000000000000000000.");
        Api.as(USER, PASSWORD).get("/api/v1/me").then().statusCode(200).body("username", equalTo(USER));

        String newPassword = "Siljan-Rattvik-Leksand-9";
        Api.given().contentType(ContentType.JSON).body(Map.of("password", newPassword))
                .put("/api/v1/users/" + id + "/password").then().statusCode(204);
        Api.as(USER, PASSWORD).get("/api/v1/me").then().statusCode(401);
        Api.as(USER, newPassword).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void disablingOrChangingRolesTakesEffectAtOnce() {
        long id = Fixtures.createUser(USER, PASSWORD, List.of("ANALYST"), null);
        Api.as(USER, PASSWORD).get("/api/v1/audit-events").then().statusCode(403);
        Api.given().contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("ADMIN", "ANALYST"), "companyIds", List.of(), "enabled", true))
                .put("/api/v1/users/" + id).then().statusCode(200);
        Api.as(USER, PASSWORD).get("/api/v1/audit-events").then().statusCode(200);
        Api.given().contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("ANALYST"), "companyIds", List.of(), "enabled", false))
                .put("/api/v1/users/" + id).then().statusCode(200);
        Api.as(USER, PASSWORD).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aFailedLoginForgetsSoTheWaitApplies() {
        Fixtures.createUser(USER, PASSWORD, List.of("ANALYST"), null);
        Api.as(USER, PASSWORD).get("/api/v1/me").then().statusCode(200);
        Api.as(USER, "wrong-1").get("/api/v1/me").then().statusCode(401);
        Api.as(USER, "wrong-2").get("/api/v1/me").then().statusCode(401);
        Api.as(USER, "wrong-3").get("/api/v1/me").then().statusCode(429);
        // remembered a moment ago, but this user name waits at this address now
        Api.as(USER, PASSWORD).get("/api/v1/me").then().statusCode(429);
    }

    private void setHash(String username, String hash) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE app_user SET password_hash = ? WHERE username = ?")) {
            ps.setString(1, hash);
            ps.setString(2, username);
            ps.executeUpdate();
        }
    }
}
