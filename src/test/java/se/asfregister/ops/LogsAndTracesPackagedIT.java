package se.asfregister.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asfregister.support.PackagedService;

/**
 * JSON logs and traces are switched on by environment variables when the service runs
 * (docs/operations.md), so they are checked on the packaged service, configured only through
 * its environment, as an operator would.
 */
class LogsAndTracesPackagedIT {

    private static final String REQUEST_ID = "it-7f3a.0042";
    /** With tracing on, spans leave within this delay; waiting several times as long and seeing nothing means nothing was sent. */
    private static final Map<String, String> QUICK_EXPORT = Map.of("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms");

    @TempDir
    Path dir;

    @Test
    void jsonLogsCarryTheRequestIdAndTracingOffConnectsNowhere() throws Exception {
        try (ServerSocket collector = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(collector);
            Map<String, String> env = new java.util.HashMap<>(QUICK_EXPORT);
            env.put("QUARKUS_LOG_CONSOLE_JSON", "true");
            env.put("QUARKUS_LOG_CATEGORY__ORG_HIBERNATE_SQL__LEVEL", "DEBUG");
            env.put("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + collector.getLocalPort());
            try (PackagedService service = PackagedService.h2(dir, env).start()) {
                HttpResponse<String> r = get(service, "/api/v1/companies", REQUEST_ID);
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(REQUEST_ID, r.headers().firstValue("X-Request-Id").orElseThrow());
                Thread.sleep(1_500);

                assertEquals(0, connections.get(), "tracing is off, yet something connected to the OTLP endpoint");
                List<JsonNode> lines = jsonLines(service.log());
                List<JsonNode> ofRequest = lines.stream()
                        .filter(l -> REQUEST_ID.equals(l.path("mdc").path("requestId").asText(null))).toList();
                assertFalse(ofRequest.isEmpty(), service.log());
                assertTrue(ofRequest.stream().allMatch(l -> l.path("loggerName").asText().equals("org.hibernate.SQL")
                        && l.path("message").asText().startsWith("select")), ofRequest.toString());
                assertTrue(lines.stream().anyMatch(l -> l.path("message").asText().contains("started in")));
            }
        }
    }

    @Test
    void theStandardOpenTelemetryVariablesSendTracesToTheOtlpEndpoint() throws Exception {
        BlockingQueue<String> exports = new LinkedBlockingQueue<>();
        HttpServer collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        collector.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            // OTLP/HTTP protobuf: names and attribute values are plain UTF-8 strings in the bytes
            exports.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + new String(body, StandardCharsets.ISO_8859_1));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        Map<String, String> env = new java.util.HashMap<>(QUICK_EXPORT);
        env.put("OTEL_SDK_DISABLED", "false");
        env.put("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + collector.getAddress().getPort());
        env.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        env.put("OTEL_SERVICE_NAME", "asf-register-traced");
        env.put("QUARKUS_LOG_CONSOLE_JSON", "true");
        env.put("QUARKUS_LOG_CATEGORY__ORG_HIBERNATE_SQL__LEVEL", "DEBUG");
        try (PackagedService service = PackagedService.h2(dir, env).start()) {
            assertEquals(200, get(service, "/api/v1/counties/20", REQUEST_ID).statusCode());
            String export = awaitExportNaming("/api/v1/counties/{code}", exports);
            assertTrue(export.startsWith("POST /v1/traces "), export.substring(0, 40));
            assertTrue(export.contains("asf-register-traced"), "no service name in the export");
            // the request's log lines name its trace as well as the request, and the export carries that trace
            JsonNode line = jsonLines(service.log()).stream()
                    .filter(l -> REQUEST_ID.equals(l.path("mdc").path("requestId").asText(null)))
                    .findFirst().orElseThrow(() -> new AssertionError(service.log()));
            String traceId = line.path("mdc").path("traceId").asText();
            assertTrue(traceId.matches("[0-9a-f]{32}") && !traceId.matches("0+"), line.toString());
            String traceIdBytes = new String(HexFormat.of().parseHex(traceId), StandardCharsets.ISO_8859_1);
            assertTrue(export.contains(traceIdBytes), "the exported span is not in the trace the log names");
        } finally {
            collector.stop(0);
        }
    }

    private static String awaitExportNaming(String route, BlockingQueue<String> exports) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String export = exports.poll(200, TimeUnit.MILLISECONDS);
            if (export != null && export.contains(route)) {
                return export;
            }
            if (export != null) {
                seen.add(export.substring(0, Math.min(60, export.length())));
            }
        }
        throw new AssertionError("no span for " + route + " reached the collector within 20 s; got " + seen);
    }

    /** Accepts (and closes) connections in the background, counting them, until the socket closes. */
    private static AtomicInteger countConnections(ServerSocket socket) throws IOException {
        AtomicInteger count = new AtomicInteger();
        socket.setSoTimeout(200);
        Thread t = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    socket.accept().close();
                    count.incrementAndGet();
                } catch (SocketTimeoutException again) {
                    // keep listening
                } catch (IOException closed) {
                    return;
                }
            }
        }, "otlp-collector-stand-in");
        t.setDaemon(true);
        t.start();
        return count;
    }

    /** Every line of the console is a JSON object. */
    private static List<JsonNode> jsonLines(String log) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            lines.add(mapper.readTree(line));
        }
        return lines;
    }

    private static HttpResponse<String> get(PackagedService service, String path, String requestId)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .header("X-Request-Id", requestId).build(), HttpResponse.BodyHandlers.ofString());
    }
}
