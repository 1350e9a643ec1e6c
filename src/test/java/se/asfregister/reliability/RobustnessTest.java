package se.asfregister.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.asfregister.security.OidcProfile;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;

/**
 * Contract-driven robustness: for every operation in openapi/openapi.yaml, send requests
 * that are wrong in one way each — bad parameters, bodies of the wrong shape and type,
 * oversized and odd strings, broken JSON, wrong content types — and require a documented
 * 4xx problem+json answer, never a 5xx, and an unchanged database. New operations in the
 * contract are covered without editing this class.
 *
 * <p>It runs with logins remembered ({@link OidcProfile}), as in production: the default test
 * profile checks the admin's password with bcrypt on every one of its thousands of requests,
 * which was a fifth of this test's time and tests nothing here.
 */
@QuarkusTest
@TestProfile(OidcProfile.class)
class RobustnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HUGE = "x".repeat(100_000);
    private static final List<String> ODD_STRINGS = List.of(HUGE, "\u0000\u0001\u001b[31m", "' OR 1=1 --",
            "\"; DROP TABLE company; --", "𝄞\u202e\ufeffÅÄÖ", "%00", "../../etc/passwd");
    private static final List<String> ODD_PATH_VALUES = List.of("0", "-1", "abc", "99999999999999999999", "1.5",
            "%27%20OR%201%3D1", "x".repeat(1000));

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String ADMIN_LOGIN = Api.basicAuth(Api.ADMIN, Api.ADMIN_PASSWORD);

    private static JsonNode contract;

    @TestHTTPResource("/")
    URI root;

    @Inject
    DataSource ds;

    @BeforeAll
    static void loadContract() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
    }

    record Operation(String method, String path, JsonNode op, JsonNode pathItem) {

        Set<String> documentedStatuses() {
            Set<String> codes = new java.util.TreeSet<>();
            op.path("responses").fieldNames().forEachRemaining(codes::add);
            return codes;
        }

        List<JsonNode> parameters() {
            List<JsonNode> params = new ArrayList<>();
            pathItem.path("parameters").forEach(p -> params.add(resolve(p)));
            op.path("parameters").forEach(p -> params.add(resolve(p)));
            return params;
        }

        /** The path with every parameter filled: ids that exist nowhere, so writes cannot land. */
        String concretePath(Function<String, String> valueFor) {
            String p = path;
            for (JsonNode param : parameters()) {
                if (param.path("in").asText().equals("path")) {
                    String name = param.path("name").asText();
                    p = p.replace("{" + name + "}", valueFor.apply(name));
                }
            }
            return p;
        }

        JsonNode bodySchema() {
            JsonNode content = resolve(op.path("requestBody")).path("content");
            Iterator<Map.Entry<String, JsonNode>> it = content.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().contains("json")) {
                    return resolve(e.getValue().path("schema"));
                }
            }
            return null;
        }

        String bodyMediaType() {
            Iterator<String> it = resolve(op.path("requestBody")).path("content").fieldNames();
            return it.hasNext() ? it.next() : null;
        }

        JsonNode bodyExample() {
            JsonNode content = resolve(op.path("requestBody")).path("content").path(bodyMediaType());
            if (content.has("example")) {
                return content.get("example");
            }
            Iterator<JsonNode> examples = content.path("examples").elements();
            return examples.hasNext() ? resolve(examples.next()).path("value") : null;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static JsonNode resolve(JsonNode node) {
        while (node != null && node.has("$ref")) {
            String ref = node.get("$ref").asText().substring(1);
            node = contract.at(ref);
        }
        return node;
    }

    static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(m.getKey())) {
                ops.add(new Operation(m.getKey().toUpperCase(), path.getKey(), m.getValue(), path.getValue()));
            }
        }));
        return ops;
    }

    private static String missingId(String name) {
        return name.equals("code") ? "0000" : name.equals("period") ? "2018-Q4" : "987654321";
    }

    @Test
    void everyOperationRejectsBadParametersWithDocumented4xx() throws Exception {
        everyOperationRejects(Caller::badParameters);
    }

    @Test
    void everyOperationWithABodyRejectsBadBodiesWithDocumented4xx() throws Exception {
        everyOperationRejects(Caller::badBodies);
    }

    interface Probe {
        void run(Caller caller, Operation op, List<String> failures) throws IOException, InterruptedException;
    }

    /** What the service answered: all the checks look at. */
    record Answer(int status, String contentType, String body) {
    }

    private static String encoded(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The probe of every operation, anonymous and as admin, on a few threads (the requests are
     * independent, and sent one at a time they left a core idle while the other worked): no
     * failure, and nothing written.
     */
    private void everyOperationRejects(Probe probe) throws Exception {
        var before = TestDb.snapshot(ds);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> tasks = new ArrayList<>();
        for (boolean admin : List.of(false, true)) {
            Caller caller = new Caller(admin);
            operations().forEach(op -> tasks.add(() -> {
                probe.run(caller, op, failures);
                return null;
            }));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (Future<Void> f : pool.invokeAll(tasks, 10, TimeUnit.MINUTES)) {
                f.get(); // rethrows what a probe threw; a probe still running after 10 minutes fails the test
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> sorted = new ArrayList<>(failures);
        Collections.sort(sorted);
        assertTrue(sorted.isEmpty(), String.join("\n", sorted));
        assertEquals(before, TestDb.snapshot(ds));
    }

    private final class Caller {

        /** Who sends the bad requests: anonymous callers stop at authentication, admins reach validation. */
        private final boolean asAdmin;

        Caller(boolean asAdmin) {
            this.asAdmin = asAdmin;
        }

        /**
         * Sends one request exactly as given: no content type or charset added, nothing checked
         * against the contract (the requests break it on purpose). The JDK's client, not REST
         * Assured: its Groovy layer took three fifths of this test's CPU.
         */
        private Answer exchange(String method, String pathAndQuery, Map<String, String> headers, byte[] body)
                throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + pathAndQuery.substring(1)))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
            headers.forEach(b::header);
            if (asAdmin) {
                b.header("Authorization", ADMIN_LOGIN);
            }
            HttpResponse<String> r = CLIENT.send(b.build(), BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        }

        private void check(Operation op, String what, Answer r, List<String> failures) {
            int status = r.status();
            String label = op + (asAdmin ? " as admin" : " anonymous") + " [" + what + "] -> " + status;
            if (status >= 500) {
                failures.add(label + " (server error) " + r.body());
                return;
            }
            if (status >= 400) {
                String ct = r.contentType() == null ? "" : r.contentType();
                if (!ct.startsWith("application/problem+json")) {
                    failures.add(label + " without problem+json: " + ct);
                }
                if (!op.documentedStatuses().contains(Integer.toString(status)) && status != 405) {
                    failures.add(label + " is not documented for this operation " + op.documentedStatuses());
                }
            }
        }

        private Answer send(Operation op, String path, Map<String, String> query, String contentType, String body)
                throws IOException, InterruptedException {
            StringBuilder target = new StringBuilder(path);
            query.forEach((name, value) -> target.append(target.indexOf("?") < 0 ? '?' : '&').append(encoded(name))
                    .append('=').append(encoded(value)));
            Map<String, String> headers = new java.util.HashMap<>(Map.of("Accept", "application/json"));
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return exchange(op.method(), target.toString(), headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        }

        void badParameters(Operation op, List<String> failures) throws IOException, InterruptedException {
            String path = op.concretePath(RobustnessTest::missingId);
            String validBody = op.bodyExample() == null ? null : op.bodyExample().toString();
            String ct = op.bodyMediaType();
            if (loginFirst(op)) {
                Map<String, String> bad = new java.util.HashMap<>();
                op.parameters().stream().filter(p -> p.path("in").asText().equals("query"))
                        .forEach(p -> bad.put(p.path("name").asText(), "' OR 1=1 --"));
                expect(op, send(op, op.concretePath(n -> "-1"), bad, ct, validBody), "every parameter bad", 401,
                        failures);
                return;
            }
            for (JsonNode param : op.parameters()) {
                String name = param.path("name").asText();
                String in = param.path("in").asText();
                // 100,000 characters do not fit in a request line (the HTTP layer caps it at 4 KiB
                // and drops the connection); bodies below carry the 100,000-character strings.
                List<String> values = new ArrayList<>(ODD_STRINGS);
                values.replaceAll(v -> v.equals(HUGE) ? "x".repeat(3000) : v);
                values.addAll(List.of("-1", "1000000", "1e400", "true,false"));
                for (String v : values) {
                    if (in.equals("query")) {
                        check(op, "query " + name + "=" + clip(v), send(op, path, Map.of(name, v), ct, validBody),
                                failures);
                    } else if (in.equals("path")) {
                        for (String pv : ODD_PATH_VALUES) {
                            String p = op.concretePath(n -> n.equals(name) ? pv : missingId(n));
                            check(op, "path " + name + "=" + clip(pv), send(op, p, Map.of(), ct, validBody), failures);
                        }
                        break;
                    } else if (in.equals("header") && !v.equals(HUGE) && v.chars().allMatch(c -> c >= 32 && c < 127)) {
                        Map<String, String> headers = new java.util.HashMap<>(Map.of(name, v));
                        byte[] body = null;
                        if (ct != null) {
                            headers.put("Content-Type", ct);
                            body = (validBody == null ? "{}" : validBody).getBytes(StandardCharsets.UTF_8);
                        }
                        check(op, "header " + name + "=" + clip(v), exchange(op.method(), path, headers, body), failures);
                    }
                }
            }
            if (hasParam(op, "page")) {
                check(op, "page=-1", send(op, path, Map.of("page", "-1"), null, null), failures);
                expect(op, send(op, path, Map.of("size", "1000000"), null, null), "size=1000000", 400, failures);
                if (hasParam(op, "sort")) {
                    // ranked lists (the offering search) declare no sort
                    expect(op, send(op, path, Map.of("sort", "nope,asc"), null, null), "sort=nope", 400, failures);
                }
            }
        }

        void badBodies(Operation op, List<String> failures) throws IOException, InterruptedException {
            JsonNode schema = op.bodySchema();
            if (schema == null) {
                return;
            }
            String path = op.concretePath(RobustnessTest::missingId);
            String ct = op.bodyMediaType();
            if (loginFirst(op)) {
                String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
                expect(op, send(op, path, Map.of(), ct, deep), "deep body", 401, failures);
                // a content type the operation does not take may be refused (415) before the login is asked for
                check(op, "text/plain body", send(op, path, Map.of(), "text/plain", "{}"), failures);
                return;
            }
            List<String[]> bodies = new ArrayList<>();
            bodies.add(new String[] {"empty", ""});
            bodies.add(new String[] {"truncated", "{\"name\": \"abc"});
            bodies.add(new String[] {"not json", "hello"});
            bodies.add(new String[] {"array", "[1,2,3]"});
            bodies.add(new String[] {"string", "\"text\""});
            bodies.add(new String[] {"null", "null"});
            bodies.add(new String[] {"deep arrays", "[".repeat(10_000) + "]".repeat(10_000)});
            bodies.add(new String[] {"deep objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)});
            bodies.add(new String[] {"unknown field", "{\"noSuchField\":1}"});
            JsonNode example = op.bodyExample();
            if (example != null && example.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> props = resolve(schema).path("properties").fields();
                while (props.hasNext()) {
                    Map.Entry<String, JsonNode> prop = props.next();
                    JsonNode propSchema = resolve(prop.getValue());
                    for (Map.Entry<String, JsonNode> bad : badValues(propSchema).entrySet()) {
                        ObjectNode b = ((ObjectNode) example).deepCopy();
                        b.set(prop.getKey(), bad.getValue());
                        bodies.add(new String[] {prop.getKey() + " " + bad.getKey(), b.toString()});
                    }
                }
            }
            for (String[] b : bodies) {
                check(op, "body " + b[0], send(op, path, Map.of(), ct, b[1]), failures);
            }
            check(op, "text/plain body", send(op, path, Map.of(), "text/plain", "{}"), failures);
            check(op, "xml body", send(op, path, Map.of(), "application/xml", "<a/>"), failures);
            check(op, "no content type", exchange(op.method(), path, Map.of(), new byte[] {'{', '}'}), failures);
        }

        /** Values that break the property's schema: wrong type, out of range, too long, not in the enum. */
        private static Map<String, JsonNode> badValues(JsonNode schema) {
            Map<String, JsonNode> bad = new java.util.LinkedHashMap<>();
            String type = schema.path("type").asText("");
            switch (type) {
                case "string" -> {
                    bad.put("as number", JSON.getNodeFactory().numberNode(12));
                    bad.put("as object", JSON.createObjectNode().put("a", 1));
                    if (schema.has("maxLength") || schema.has("enum")) {
                        bad.put("100k chars", JSON.getNodeFactory().textNode(HUGE));
                    }
                    bad.put("control characters", JSON.getNodeFactory().textNode("a\u0000b\u001b[31m"));
                    if (schema.has("enum")) {
                        bad.put("not in enum", JSON.getNodeFactory().textNode("NOT_A_VALUE"));
                    }
                    if ("date".equals(schema.path("format").asText())) {
                        bad.put("bad date", JSON.getNodeFactory().textNode("2020-13-45"));
                    }
                }
                case "integer", "number" -> {
                    bad.put("as string", JSON.getNodeFactory().textNode("12"));
                    bad.put("overflow", JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e400")));
                    bad.put("huge integer", JSON.getNodeFactory().numberNode(new java.math.BigInteger("9".repeat(40))));
                    if (schema.has("minimum")) {
                        bad.put("below minimum", JSON.getNodeFactory().numberNode(
                                schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
                    }
                }
                case "boolean" -> bad.put("as string", JSON.getNodeFactory().textNode("yes"));
                case "array" -> {
                    bad.put("as string", JSON.getNodeFactory().textNode("one"));
                    bad.put("as object", JSON.createObjectNode());
                }
                case "object" -> {
                    bad.put("as array", JSON.createArrayNode());
                    bad.put("as number", JSON.getNodeFactory().numberNode(1));
                }
                default -> {
                    // untyped property: nothing schema-specific to break
                }
            }
            return bad;
        }

        private static boolean hasParam(Operation op, String name) {
            return op.parameters().stream().anyMatch(p -> p.path("name").asText().equals(name));
        }

        /**
         * Anonymous callers of an operation that needs a login are stopped (401) before any input
         * is read, so one probe of each kind stands for the rest; the admin pass reads them all.
         */
        private boolean loginFirst(Operation op) {
            return !asAdmin && !op.op().path("x-access").asText().equals("public");
        }

        private void expect(Operation op, Answer r, String what, int status, List<String> failures) {
            if (r.status() != status) {
                failures.add(op + (asAdmin ? " as admin" : " anonymous") + " [" + what + "] -> " + r.status()
                        + ", expected " + status);
            }
            check(op, what, r, failures);
        }

        private static String clip(String s) {
            return s.length() > 20 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
        }
    }
}
