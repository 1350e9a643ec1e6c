package se.asfregister.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.asfregister.support.Api;
import se.asfregister.support.TestDb;

/**
 * The curl commands in docs/ still work: every {@code ```sh} block of a docs/*.md file is
 * run with bash against the test instance (one shell session per file, on an emptied
 * database, with http://localhost:8080 pointed at the test port). A block must not fail, and
 * when the docs show an {@code ```http} response after it, the response's status line and
 * its ETag and Content-Language headers (where shown) must be the ones documented.
 * {@code ```bash} blocks (starting the service, packaging) are documentation only. The docs'
 * first admin is created beforehand, as {@code ASF_ADMIN_PASSWORD} would on a fresh start.
 */
@QuarkusTest
class DocsCommandsTest {

    private static final Path DOCS = Path.of("docs");
    private static final String DOCUMENTED_BASE = "http://localhost:8080";
    /** The first admin the docs start the service with ({@code ASF_ADMIN_PASSWORD}); created here so the docs run as written. */
    static final String DOCUMENTED_ADMIN = "admin";
    static final String DOCUMENTED_ADMIN_PASSWORD = "Siljan-Kopparberg-26";
    private static final Pattern STATUS = Pattern.compile("(?m)^HTTP/[0-9.]+ (\\d{3})");

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource ds;

    record Block(String file, int line, String commands, String expectedResponse) {
    }

    @TestFactory
    Stream<DynamicTest> documentedCommandsWork() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DOCS)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            List<Block> blocks = blocks(f);
            if (!blocks.isEmpty()) {
                tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(blocks)));
            }
        }
        assertTrue(tests.stream().anyMatch(t -> t.getDisplayName().equals("getting-started.md")),
                "docs/getting-started.md has no runnable sh blocks");
        return tests.stream();
    }

    /** The {@code ```sh} blocks of a Markdown file, each with the {@code ```http} block that follows it, if any. */
    static List<Block> blocks(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).trim().equals("```sh")) {
                continue;
            }
            int start = i;
            StringBuilder cmd = new StringBuilder();
            for (i++; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
                cmd.append(lines.get(i)).append('\n');
            }
            String expected = null;
            for (int j = i + 1; j < lines.size(); j++) {
                String t = lines.get(j).trim();
                if (t.startsWith("```http")) {
                    StringBuilder out = new StringBuilder();
                    for (j++; j < lines.size() && !lines.get(j).trim().equals("```"); j++) {
                        out.append(lines.get(j)).append('\n');
                    }
                    expected = out.toString();
                    break;
                }
                if (t.startsWith("```")) {
                    break; // another block comes first: nothing documented for this one
                }
            }
            blocks.add(new Block(file.getFileName().toString(), start + 1, cmd.toString(), expected));
        }
        return blocks;
    }

    private void run(List<Block> blocks) throws Exception {
        TestDb.clear(ds);
        Api.given().contentType("application/json")
                .body(Map.of("username", DOCUMENTED_ADMIN, "password", DOCUMENTED_ADMIN_PASSWORD, "roles", List.of("ADMIN")))
                .post("/api/v1/users").then().statusCode(201);
        String testBase = base.toString().replaceAll("/$", "");
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        for (int i = 0; i < blocks.size(); i++) {
            script.append("echo '@@@block ").append(i).append("@@@'\n")
                    .append(blocks.get(i).commands().replace(DOCUMENTED_BASE, testBase)).append('\n');
        }
        Path dir = Files.createTempDirectory("docs-commands");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script.toString()).directory(dir.toFile());
        pb.redirectErrorStream(true);
        String output;
        Process p = pb.start();
        try {
            byte[] out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the documented commands did not finish");
            output = new String(out, StandardCharsets.UTF_8).replace("\r", "");
        } finally {
            p.destroyForcibly();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }

        String[] parts = output.split("@@@block \\d+@@@\n", -1);
        // parts[0] is whatever came before the first marker; parts[i + 1] is block i's output
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String where = b.file() + " line " + b.line();
            assertTrue(parts.length > i + 1, where + " never ran; output:\n" + output);
            String actual = parts[i + 1];
            if (i == parts.length - 2) {
                // the last block that ran: if the shell stopped, this is the one that failed
                assertEquals(0, p.exitValue(), where + " failed:\n" + actual);
            }
            if (b.expectedResponse() == null) {
                continue;
            }
            Matcher expectedStatus = STATUS.matcher(b.expectedResponse());
            assertTrue(expectedStatus.find(), where + ": the documented response has no status line");
            Matcher actualStatus = STATUS.matcher(actual);
            assertTrue(actualStatus.find(), where + ": no HTTP status line in the output (use curl -i):\n" + actual);
            assertEquals(expectedStatus.group(1), actualStatus.group(1), where + ":\n" + actual);
            for (String header : List.of("etag", "content-language")) {
                String documented = header(b.expectedResponse(), header);
                if (documented != null) {
                    assertEquals(documented, header(actual, header), where + ": header " + header + "\n" + actual);
                }
            }
        }
        assertEquals(0, p.exitValue(), "the documented commands failed:\n" + output);
    }

    private static String header(String response, String name) {
        for (String line : response.split("\n")) {
            int colon = line.indexOf(':');
            if (line.isBlank()) {
                return null; // headers end at the first empty line
            }
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }
}
