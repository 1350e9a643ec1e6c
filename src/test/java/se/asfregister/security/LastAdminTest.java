package se.asfregister.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * There is always an enabled admin: two admins disabling each other at the same moment leave
 * one of them enabled, and an installation whose admins are all disabled recovers by starting
 * with ASF_ADMIN_PASSWORD.
 */
@QuarkusTest
public class LastAdminTest {

    private static final String ANNA = "anna.admin";
    private static final String BO = "bo.admin";
    private static final String PASSWORD = "Klockor-Tornet-Regn-7";
    private static final String RECOVERY_PASSWORD = "Gruvan-Kopparberg-88";
    private static final int ROUNDS = 20;
    private static final String ENABLED_ADMINS = "SELECT COUNT(*) FROM app_user WHERE enabled = TRUE AND id IN "
            + "(SELECT user_id FROM app_user_role WHERE role = 'ADMIN')";

    @Inject
    DataSource ds;

    @Inject
    UserBootstrap bootstrap;

    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        // every other test signs in as the demo admin
        execute("UPDATE app_user SET enabled = TRUE WHERE username = ?", Api.ADMIN);
    }

    @Test
    void twoAdminsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
        long anna = Fixtures.createUser(ANNA, PASSWORD, List.of("ADMIN"), null);
        long bo = Fixtures.createUser(BO, PASSWORD, List.of("ADMIN"), null);
        // the two of them are the only enabled admins
        execute("UPDATE app_user SET enabled = FALSE WHERE username = ?", Api.ADMIN);
        for (int round = 0; round < ROUNDS; round++) {
            execute("UPDATE app_user SET enabled = TRUE WHERE username IN (?, ?)", ANNA, BO);
            // each round starts afresh: a loser's 401s (signed in after being disabled) would
            // otherwise add up over the rounds into the login throttle's 429
            execute("DELETE FROM login_throttle");
            List<Integer> statuses = atOnce(() -> disable(ANNA, bo), () -> disable(BO, anna));
            assertEquals(1, (long) TestDb.number(ds, ENABLED_ADMINS), "round " + round + ": " + statuses);
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "round " + round + ": " + statuses);
            // the other one lost: the last admin (409), or it was disabled before it signed in (401)
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 401), statuses.toString());
        }
    }

    @Test
    void withNoEnabledAdminTheAdminPasswordEnablesUserAdminAgain() {
        Fixtures.createUser("admin", "Forgotten-Pass-Word-1", List.of("ANALYST"), null);
        execute("UPDATE app_user SET enabled = FALSE WHERE username IN (?, ?)", Api.ADMIN, "admin");
        assertEquals(0, (long) TestDb.number(ds, ENABLED_ADMINS));

        bootstrap.ensureEnabledAdmin(Optional.of(RECOVERY_PASSWORD));

        Api.as("admin", RECOVERY_PASSWORD).get("/api/v1/me").then().statusCode(200)
                .body("roles", hasItem("ADMIN"));
        Api.as("admin", "Forgotten-Pass-Word-1").get("/api/v1/me").then().statusCode(401);
        assertEquals(1, (long) TestDb.number(ds, ENABLED_ADMINS));
    }

    @Test
    void withNoAdminUserTheAdminPasswordCreatesIt() {
        execute("UPDATE app_user SET enabled = FALSE WHERE username = ?", Api.ADMIN);
        bootstrap.ensureEnabledAdmin(Optional.of(RECOVERY_PASSWORD));
        Api.as("admin", RECOVERY_PASSWORD).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("admin"));
    }

    @Test
    void anEnabledAdminLeavesEverythingAsItIs() {
        var before = TestDb.snapshot(ds);
        bootstrap.ensureEnabledAdmin(Optional.of(RECOVERY_PASSWORD));
        assertEquals(before, TestDb.snapshot(ds));
    }

    private int disable(String caller, long target) {
        return Api.as(caller, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("ADMIN"), "enabled", false))
                .put("/api/v1/users/" + target).statusCode();
    }

    @SafeVarargs
    private List<Integer> atOnce(java.util.concurrent.Callable<Integer>... calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (var call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : futures) {
            statuses.add(f.get(60, TimeUnit.SECONDS));
        }
        return statuses;
    }

    private void execute(String sql, String... params) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
