package se.asfregister.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.PostgresProfile;
import se.asfregister.support.TestDb;

/**
 * Two people edit the same company from the same version at the same moment, on a real
 * PostgreSQL: exactly one wins, the other is told its copy is stale (412), and no update is
 * lost silently.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class ConcurrentWritersPostgresTest {

    private static final int ROUNDS = 15;

    @Inject
    DataSource ds;

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
    }

    @Test
    void sameIfMatchFromTwoClientsLetsExactlyOneWin() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = Fixtures.createCompany(500 + round, "Kapplöpning " + round, "2081");
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String name : List.of("Klient A", "Klient B")) {
                Map<String, Object> body = Fixtures.company(500 + round, name, "2081");
                answers.add(pool.submit(() -> {
                    start.await();
                    return Api.raw().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                            .put("/api/v1/companies/" + id).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get(30, TimeUnit.SECONDS));
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 412), statuses, "round " + round);
            String stored = Api.raw().get("/api/v1/companies/" + id).then().statusCode(200)
                    .extract().jsonPath().getString("name");
            int version = Api.raw().get("/api/v1/companies/" + id).jsonPath().getInt("version");
            assertEquals(1, version, "exactly one update was applied");
            org.junit.jupiter.api.Assertions.assertTrue(stored.equals("Klient A") || stored.equals("Klient B"));
        }
    }
}
