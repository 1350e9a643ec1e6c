package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;
import se.asfregister.support.Fixtures;
import se.asfregister.support.TestDb;

/**
 * Bodies sent with {@code Transfer-Encoding: chunked} announce no length, so the limits are
 * applied while they are read: past the limit the request is answered 413 problem+json and
 * nothing is written. Sent over a raw socket, chunk by chunk, as a streaming client does.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    private static final String IMPORT = "/api/v1/employment-reports/import";
    private static final int CHUNK = 16 * 1024;

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource ds;

    @ConfigProperty(name = "asf.http.max-body-bytes")
    long maxBody;

    @ConfigProperty(name = "asf.http.max-import-body-bytes")
    long maxImportBody;

    record Answer(int status, String head, String body) {
    }

    @BeforeEach
    void setUp() {
        TestDb.clear(ds);
    }

    @Test
    void aChunkedBodyUnderTheLimitIsRead() throws Exception {
        String body = "{\"name\":\"Strömmad Start ek. för.\",\"organisationNumber\":\"" + Fixtures.orgNumber(91)
                + "\",\"legalForm\":\"ECONOMIC_ASSOCIATION\",\"municipalityCode\":\"2080\"}";
        Answer a = sendChunked("/api/v1/companies", "application/json", body.getBytes(StandardCharsets.UTF_8), 0);
        assertEquals(201, a.status(), a.head() + a.body());
        assertEquals(1, TestDb.count(ds, "company"));
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIs413AndChangesNothing() throws Exception {
        var before = TestDb.snapshot(ds);
        // a company whose description alone is half a MiB over the limit
        byte[] start = ("{\"name\":\"För stor\",\"organisationNumber\":\"" + Fixtures.orgNumber(92)
                + "\",\"legalForm\":\"ECONOMIC_ASSOCIATION\",\"municipalityCode\":\"2080\",\"description\":\"")
                .getBytes(StandardCharsets.UTF_8);
        Answer a = sendChunked("/api/v1/companies", "application/json", start, maxBody + 512 * 1024);
        assertTooLarge(a, maxBody);
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void aChunkedMergePatchOverTheLimitIs413() throws Exception {
        long id = Fixtures.createCompany(93, "Lagad", "2080");
        var before = TestDb.snapshot(ds);
        Answer a = sendChunked("/api/v1/companies/" + id, "application/merge-patch+json",
                "{\"description\":\"".getBytes(StandardCharsets.UTF_8), maxBody + 1, "PATCH");
        assertTooLarge(a, maxBody);
        assertEquals(before, TestDb.snapshot(ds));
    }

    @Test
    void theImportHasItsOwnLargerLimitForChunkedBodiesToo() throws Exception {
        var before = TestDb.snapshot(ds);
        // over the general limit, under the import's: read to the end (every row names an unknown company)
        byte[] header = ("organisationNumber,period,employeesWomen,employeesMen,employeesOther,wageSubsidyWomen,"
                + "wageSubsidyMen,wageSubsidyOther,workTrainingWomen,workTrainingMen,workTrainingOther,"
                + "rehabilitationWomen,rehabilitationMen,rehabilitationOther,internshipsWomen,internshipsMen,"
                + "internshipsOther,transitionsToWork,transitionsToEducation,revenueSek\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        Answer read = sendChunked(IMPORT, "text/csv", header, maxBody + 256 * 1024);
        assertEquals(422, read.status(), read.head() + read.body());
        // over the import's limit
        Answer cut = sendChunked(IMPORT, "text/csv", header, maxImportBody + 256 * 1024);
        assertTooLarge(cut, maxImportBody);
        assertEquals(before, TestDb.snapshot(ds));
    }

    private static void assertTooLarge(Answer a, long limit) {
        assertEquals(413, a.status(), a.head() + a.body());
        assertTrue(a.head().toLowerCase().contains("content-type: application/problem+json"), a.head());
        assertTrue(a.body().contains("urn:asf-register:problem:payload-too-large"), a.body());
        assertTrue(a.body().contains("the limit here, " + limit + " bytes"), a.body());
    }

    private Answer sendChunked(String path, String type, byte[] start, long fillTo) throws Exception {
        return sendChunked(path, type, start, fillTo, "POST");
    }

    /**
     * Sends {@code start}, then filler until {@code fillTo} bytes, in chunks from another thread
     * (the server may answer and close before the body is complete), and reads the answer.
     */
    private Answer sendChunked(String path, String type, byte[] start, long fillTo, String method) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                    + "\r\nAuthorization: " + Api.basicAuth(Api.ADMIN, Api.ADMIN_PASSWORD) + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> writeBody(out, start, fillTo, type));
            Answer answer = read(socket.getInputStream());
            writer.cancel(true);
            return answer;
        }
    }

    private static void writeBody(OutputStream out, byte[] start, long fillTo, String type) {
        try {
            chunk(out, start, start.length);
            byte[] filler = filler(type);
            for (long sent = start.length; sent < fillTo; sent += filler.length) {
                chunk(out, filler, (int) Math.min(filler.length, fillTo - sent));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // the server answered and closed before the whole body was sent: expected past the limit
        }
    }

    /** CSV rows for an unknown company, or letters that continue a JSON string. */
    private static byte[] filler(String type) {
        byte[] filler = new byte[CHUNK];
        if (type.equals("text/csv")) {
            byte[] row = "556000-0019,2024-Q1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,100\r\n"
                    .getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < CHUNK; i++) {
                filler[i] = row[i % row.length];
            }
        } else {
            java.util.Arrays.fill(filler, (byte) 'x');
        }
        return filler;
    }

    private static void chunk(OutputStream out, byte[] data, int length) throws IOException {
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data, 0, length);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Status line and headers, then the body as far as it came before the connection closed or went quiet. */
    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        try {
            while ((n = in.read(buf)) > 0) {
                all.write(buf, 0, n);
                if (complete(all.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (IOException e) {
            // reset after the answer: keep what arrived
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        assertTrue(split > 0, "no complete answer: " + text);
        return new Answer(Integer.parseInt(text.substring(9, 12)), text.substring(0, split), text.substring(split + 4));
    }

    /** A whole answer: headers and a body of the announced length, or the last chunk. */
    private static boolean complete(String text) {
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            return false;
        }
        String head = text.substring(0, split).toLowerCase();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("content-length: (\\d+)").matcher(head);
        if (m.find()) {
            return text.getBytes(StandardCharsets.UTF_8).length - split - 4 >= Integer.parseInt(m.group(1));
        }
        return text.endsWith("0\r\n\r\n");
    }
}
