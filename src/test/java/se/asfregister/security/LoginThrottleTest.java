package se.asfregister.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * Failed logins slow down the same user name from the same client address, whether the name
 * exists or not, so the answers never tell names apart and a stranger cannot keep a user out.
 * The test profile: 2 free failures, then 3 s doubling up to 12 s; callers at other addresses
 * are played with X-Forwarded-For from the (trusted) local address, as a load balancer sends it.
 */
@QuarkusTest
public class LoginThrottleTest {

    private static final String USER = "lena.analyst";
    private static final String PASSWORD = "Klockor-Tornet-Regn-7";
    private static final String STRANGER = "203.0.113.66";
    private static final String LENA_AT_WORK = "198.51.100.20";

    @Inject
    DataSource ds;

    long lena;

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
        lena = Fixtures.createUser(USER, PASSWORD, List.of("ANALYST"), null);
    }

    private static Response login(String user, String password, String address) {
        return Api.as(user, password).header("X-Forwarded-For", address).get("/api/v1/me");
    }

    /** Everything a caller sees of a refused login. */
    private static String seen(Response r) {
        return r.statusCode() + " | WWW-Authenticate: " + r.header("WWW-Authenticate") + " | Retry-After: "
                + r.header("Retry-After") + " | " + r.contentType() + " | " + r.body().asString();
    }

    @Test
    void existingAndUnknownUserNamesAnswerAlike() {
        List<String> existing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            existing.add(seen(login(USER, "wrong-" + i, STRANGER)));
            unknown.add(seen(login("lena.analyst.nobody", "wrong-" + i, STRANGER)));
        }
        // while it waits, the right password of the existing user looks like any password of the unknown one
        existing.add(seen(login(USER, PASSWORD, STRANGER)));
        unknown.add(seen(login("lena.analyst.nobody", PASSWORD, STRANGER)));
        // the wait counts down while the test runs: the seconds left may differ (and the request ids), nothing else
        assertEquals(existing.stream().map(LoginThrottleTest::secondsLeftAside).toList(),
                unknown.stream().map(LoginThrottleTest::secondsLeftAside).toList());
        // 2 free failures (401), the third starts a 3 s wait (429), then refused unchecked (429)
        assertEquals(List.of(401, 401, 429, 429, 429),
                existing.stream().map(s -> Integer.parseInt(s.substring(0, 3))).toList(), existing.toString());
        assertTrue(existing.get(2).contains("Retry-After: 3"), existing.get(2));
        assertTrue(unknown.get(2).contains("Retry-After: 3"), unknown.get(2));
    }

    @Test
    void failedLoginsTakeAsLongForUnknownNames() {
        int samples = 12;
        List<String> users = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            users.add("timing." + i);
            Fixtures.createUser(users.get(i), PASSWORD, List.of("ANALYST"), null);
        }
        List<Long> existing = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            // each name from its own address: one free failure each, nothing throttled
            existing.add(timed(users.get(i), "198.51.100." + i));
            unknown.add(timed("nobody." + i, "198.51.100." + (100 + i)));
        }
        long a = median(existing);
        long b = median(unknown);
        // the same steps either way (dummy bcrypt hash, the same throttle writes): only noise may differ
        assertTrue(Math.abs(a - b) <= Math.max(20, Math.max(a, b) / 2),
                "median " + a + " ms for existing names, " + b + " ms for unknown ones");
    }

    @Test
    void aStrangerCannotKeepAUserOut() {
        List<Integer> stranger = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            stranger.add(login(USER, "guess-" + i, STRANGER).statusCode());
        }
        // the stranger's own address waits, even with the right password
        stranger.add(login(USER, PASSWORD, STRANGER).statusCode());
        assertEquals(List.of(401, 401, 429, 429, 429), stranger);
        login(USER, PASSWORD, LENA_AT_WORK).then().statusCode(200);
    }

    @Test
    void theWaitDoublesAndAPasswordResetLiftsIt() throws InterruptedException {
        String address = "203.0.113.7";
        login(USER, "wrong-1", address).then().statusCode(401);
        login(USER, "wrong-2", address).then().statusCode(401);
        login(USER, "wrong-3", address).then().statusCode(429).header("Retry-After", "3")
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:asf-register:problem:too-many-requests"));
        Thread.sleep(3100);
        login(USER, "wrong-4", address).then().statusCode(429).header("Retry-After", "6");
        login(USER, PASSWORD, address).then().statusCode(429);

        String newPassword = "Siljan-Rattvik-Leksand-9";
        Api.given().contentType(ContentType.JSON).body(Map.of("password", newPassword))
                .put("/api/v1/users/" + lena + "/password").then().statusCode(204);
        login(USER, newPassword, address).then().statusCode(200);
        assertEquals(0, TestDb.count(ds, "login_throttle"));
    }

    @Test
    void parallelGuessesAreCountedBeforeTheyAreChecked() throws Exception {
        List<Integer> statuses = atOnce(8, i -> login(USER, "guess-" + i, STRANGER).statusCode());
        // only the 2 free failures are answered 401; every other guess waits, checked or not
        assertEquals(2, statuses.stream().filter(s -> s == 401).count(), statuses.toString());
        assertEquals(6, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
    }

    @Test
    void parallelRequestsWithTheRightPasswordAreNeverHeldUp() throws Exception {
        // an SPA's calls at the same moment share one check: one attempt, not eight
        List<Integer> statuses = atOnce(8, i -> login(USER, PASSWORD, LENA_AT_WORK).statusCode());
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), statuses);
        assertEquals(0, TestDb.count(ds, "login_throttle"));
    }

    private static List<Integer> atOnce(int n, java.util.function.IntFunction<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int which = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.apply(which);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void quietPairsStartAgainAndAreForgotten() {
        // failures of two days ago (forget-after is a day): one pair tries again, the other never does
        insertQuietPair(USER, "203.0.113.9");
        insertQuietPair("someone.else", "203.0.113.10");
        login(USER, "wrong-1", "203.0.113.9").then().statusCode(401);
        assertEquals(1, (long) TestDb.number(ds, "SELECT failures FROM login_throttle WHERE user_key = ?",
                LoginThrottle.sha256(USER)));
        assertEquals(0, TestDb.count(ds, "login_throttle WHERE user_key = '" + LoginThrottle.sha256("someone.else") + "'"));
    }

    private void insertQuietPair(String user, String address) {
        java.time.OffsetDateTime twoDaysAgo = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(2);
        try (var c = ds.getConnection(); var ps = c.prepareStatement("INSERT INTO login_throttle "
                + "(user_key, client_key, failures, last_failure, blocked_until) VALUES (?, ?, 9, ?, ?)")) {
            ps.setString(1, LoginThrottle.sha256(user));
            ps.setString(2, LoginThrottle.sha256(address));
            ps.setObject(3, twoDaysAgo);
            ps.setObject(4, twoDaysAgo.plusMinutes(15));
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only the seconds left and each response's own request id may differ. */
    private static String secondsLeftAside(String seen) {
        return seen.replaceAll("Retry-After: \\d+", "Retry-After: n").replaceAll("in \\d+ seconds", "in n seconds")
                .replaceAll("\"requestId\":\"[^\"]+\"", "\"requestId\":\"r\"");
    }

    private static long timed(String user, String address) {
        long start = System.nanoTime();
        login(user, "not-the-password", address).then().statusCode(401);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
