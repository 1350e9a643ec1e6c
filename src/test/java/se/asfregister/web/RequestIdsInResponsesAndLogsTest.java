package se.asfregister.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;

/**
 * Every request has an id: in its X-Request-Id response header, in every problem it answers
 * and in every log line written while it runs (docs/operations.md, "Request ids").
 */
@QuarkusTest
class RequestIdsInResponsesAndLogsTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    private static final String CALLER_ID = "spa-7f3a.req:0042";

    @Inject
    DataSource ds;

    @BeforeEach
    void clean() {
        TestDb.clear(ds);
    }

    @Test
    void everyResponseCarriesANewIdUnlessTheCallerBroughtAWellFormedOne() {
        String first = Api.anonymous().get("/api/v1/counties/20").then().statusCode(200)
                .header(RequestId.HEADER, matchesPattern(UUID_PATTERN)).extract().header(RequestId.HEADER);
        String second = Api.anonymous().get("/api/v1/counties/20").then().statusCode(200)
                .extract().header(RequestId.HEADER);
        assertNotEquals(first, second);

        Api.anonymous().header(RequestId.HEADER, CALLER_ID).get("/api/v1/counties/20")
                .then().statusCode(200).header(RequestId.HEADER, CALLER_ID);
        Api.anonymous().header(RequestId.HEADER, "two words").get("/api/v1/counties/20")
                .then().statusCode(200).header(RequestId.HEADER, matchesPattern(UUID_PATTERN));
        Api.anonymous().header(RequestId.HEADER, "x".repeat(65)).get("/api/v1/counties/20")
                .then().statusCode(200).header(RequestId.HEADER, matchesPattern(UUID_PATTERN));
        // outside the API too: health checks and the contract
        Api.raw().get("/q/health/ready").then().statusCode(200).header(RequestId.HEADER, matchesPattern(UUID_PATTERN));
    }

    @Test
    void everyKindOfProblemRepeatsTheIdOfItsRequest() {
        List<Response> problems = List.of(
                Api.invalid().get("/api/v1/companies?size=abc"), // 400 parameter
                Api.invalid().contentType(ContentType.JSON).body("{\"name\":").post("/api/v1/companies"), // 400 JSON
                Api.given().get("/api/v1/companies/999999"), // 404 resource
                Api.raw().get("/api/v1/no-such-thing"), // 404 path
                Api.invalidAs(Api.ADMIN, "wrong-password").get("/api/v1/companies"), // 401
                Api.invalidAs(Api.ANALYST, Api.ANALYST_PASSWORD).contentType(ContentType.JSON).body("{}")
                        .post("/api/v1/companies"), // 403
                Api.raw().accept("image/png").get("/api/v1/counties"), // 406
                Api.invalid().contentType(ContentType.JSON).body("[{}]").post("/api/v1/employment-reports/import")); // 422
        List<Integer> statuses = problems.stream().map(Response::statusCode).toList();
        assertEquals(List.of(400, 400, 404, 404, 401, 403, 406, 422), statuses);
        for (Response r : problems) {
            assertTrue(r.contentType().startsWith(Problem.MEDIA_TYPE), r.asString());
            String id = r.header(RequestId.HEADER);
            assertTrue(id.matches(UUID_PATTERN), id);
            assertEquals(id, r.jsonPath().getString("requestId"), r.asString());
        }

        Api.invalid().header(RequestId.HEADER, CALLER_ID).get("/api/v1/companies?size=abc")
                .then().statusCode(400).header(RequestId.HEADER, CALLER_ID).body("requestId", equalTo(CALLER_ID));
    }

    /**
     * The SQL statements Hibernate logs (at DEBUG when {@code quarkus.hibernate-orm.log.sql} is
     * on) are written on a worker thread, away from where the id was set: each line carries the
     * id of its own request, and the console format prints it.
     */
    @Test
    void logLinesWrittenDuringARequestCarryItsId() {
        Logger sql = Logger.getLogger("org.hibernate.SQL");
        Level level = sql.getLevel();
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord r = (ExtLogRecord) record;
                r.copyMdc(); // the MDC as it is now, on the thread that logs
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        sql.addHandler(capture);
        sql.setLevel(Level.FINE);
        try {
            String generated = Api.anonymous().get("/api/v1/companies").then().statusCode(200)
                    .extract().header(RequestId.HEADER);
            int generatedLines = records.size();
            Api.anonymous().header(RequestId.HEADER, CALLER_ID).get("/api/v1/municipalities?county=20")
                    .then().statusCode(200);

            assertTrue(generatedLines > 0, "no SQL was logged");
            assertTrue(records.size() > generatedLines, "no SQL was logged for the second request");
            PatternFormatter console = new PatternFormatter(
                    ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class));
            for (int i = 0; i < records.size(); i++) {
                String expected = i < generatedLines ? generated : CALLER_ID;
                assertEquals(expected, records.get(i).getMdc(RequestId.MDC_KEY));
                String line = console.format(records.get(i));
                assertTrue(line.contains("[" + expected + "]"), line);
            }
        } finally {
            sql.removeHandler(capture);
            sql.setLevel(level);
        }
        assertNull(RequestIdFilter.current(), "the test's own thread is in no request");
        assertFalse(records.isEmpty());
    }
}
