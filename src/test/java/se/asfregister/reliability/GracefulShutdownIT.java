package se.asfregister.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asfregister.support.Api;
import se.asfregister.support.PackagedService;

/**
 * SIGTERM on the packaged service (what a container platform sends): readiness turns DOWN
 * first while requests are still served, a request that is in flight when the signal arrives
 * still completes and is stored, new requests after the pre-shutdown delay are refused cleanly
 * (503 problem with Retry-After, never a reset half-way), and the process exits by itself.
 */
class GracefulShutdownIT {

    private static final String BODY = """
            {"name":"Långsam Leverans ek. för.","organisationNumber":"556677-8899","legalForm":"ECONOMIC_ASSOCIATION",\
            "municipalityCode":"2080","criteria":{"sellsGoodsOrServices":true,"integrationPurpose":true,\
            "employeeParticipation":true,"reinvestsProfits":true,"independentOfPublicSector":true}}""";

    @TempDir
    Path dir;

    @Test
    void requestInFlightCompletesAndNewOnesAreRefused() throws Exception {
        Path data = dir.resolve("data");
        try (PackagedService service = PackagedService.h2(data,
                Map.of("QUARKUS_SHUTDOWN_DELAY", "2s", "QUARKUS_SHUTDOWN_TIMEOUT", "20s")).start()) {
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), service.port())) {
                slow.setSoTimeout(30_000);
                OutputStream out = slow.getOutputStream();
                // headers and half of the body: the request is in flight
                out.write(("POST /api/v1/companies HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nAuthorization: " + Api.basicAuth("admin", PackagedService.ADMIN_PASSWORD) + "\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
                Thread.sleep(300);

                service.terminate();

                // first the load balancer is told to stop routing here
                assertTrue(eventually(() -> service.get("/q/health/ready").statusCode() == 503),
                        "readiness never turned DOWN:\n" + service.log());

                // after the delay: new requests are refused cleanly, while the one in flight is awaited
                assertTrue(eventually(() -> refused(service)), "new requests were still served:\n" + service.log());
                assertTrue(service.process().isAlive(), "must wait for the request in flight:\n" + service.log());

                // the request in flight finishes and gets its answer
                out.write(body, body.length / 2, body.length - body.length / 2);
                out.flush();
                String response = readAll(slow.getInputStream());
                assertTrue(response.startsWith("HTTP/1.1 201"), "in-flight request answered:\n" + response);
            }
            int exit = service.awaitExit(30);
            assertTrue(exit == 0 || exit == 143, "exit code " + exit + "\n" + service.log());
            assertTrue(service.log().contains("stopped in"), "clean Quarkus shutdown logged:\n" + service.log());
        }
        // the answered write is durable
        try (Connection c = DriverManager.getConnection(PackagedService.h2Url(data), "asf", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM company WHERE organisation_number = '556677-8899'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
        assertTrue(Files.exists(data));
    }

    /** True once a new request is refused cleanly; fails on any other kind of answer than 200 or 503. */
    private static boolean refused(PackagedService service) throws InterruptedException {
        try {
            HttpResponse<String> r = service.get("/api/v1/counties");
            if (r.statusCode() == 200) {
                return false; // still in the pre-shutdown delay
            }
            assertEquals(503, r.statusCode(), "a new request during shutdown");
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
            assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
            assertTrue(r.body().contains("urn:asf-register:problem:unavailable"), r.body());
            return true;
        } catch (ConnectException closed) {
            return true; // the listener is already closed: refused before anything was read, also clean
        } catch (IOException other) {
            throw new AssertionError("a new request during shutdown broke instead of being refused", other);
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    /** Polls every 100 ms for at most 15 s. */
    private static boolean eventually(Check check) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (check.ok()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        in.transferTo(buf);
        return buf.toString(StandardCharsets.UTF_8);
    }
}
