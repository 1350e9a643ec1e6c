package se.asfregister.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app} for H2, {@code target/quarkus-app-pg} for
 * PostgreSQL) as its own process on loopback, for the integration tests that need what a
 * test inside the JVM cannot do: send it SIGTERM or SIGKILL. Every wait is bounded.
 *
 * <p>It starts the way the README does, through the package's launcher ({@code run}): the
 * small-instance JVM options and the class data archive that the first clean stop writes
 * beside it. Closing stops the service cleanly (SIGTERM) for that reason, so later starts in
 * the suite load their classes from the archive, a third of the CPU of a bare {@code java -jar}.
 */
public final class PackagedService implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "Siljan-Kopparberg-26";

    private final Path appDir;
    private final Map<String, String> env;
    private final Path log;
    private final int port;
    private Process process;
    private List<String> command;

    private PackagedService(Path appDir, Map<String, String> env, Path log, int port) {
        this.appDir = appDir;
        this.env = env;
        this.log = log;
        this.port = port;
    }

    /** The H2 build on a file database in {@code dataDir}. */
    public static PackagedService h2(Path dataDir, Map<String, String> extraEnv) throws IOException {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", h2Url(dataDir));
        return create(Path.of("target/quarkus-app"), dataDir, env);
    }

    /** The PostgreSQL build on {@code jdbcUrl}. */
    public static PackagedService postgres(String jdbcUrl, Path workDir, Map<String, String> extraEnv)
            throws IOException {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        return create(Path.of("target/quarkus-app-pg"), workDir, env);
    }

    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("asf") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private static PackagedService create(Path appDir, Path workDir, Map<String, String> env) throws IOException {
        if (!Files.isRegularFile(appDir.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(appDir + " is not built; integration tests run after `package`");
        }
        int port = freePort();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.putIfAbsent("ASF_DEMO_DATA_ENABLED", "false");
        env.put("ASF_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.putIfAbsent("ASF_SECURITY_BCRYPT_COST", "4");
        env.putIfAbsent("QUARKUS_SHUTDOWN_DELAY", "0s"); // no load balancer to drain here
        Files.createDirectories(workDir);
        return new PackagedService(appDir, env, workDir.resolve("service.log"), port);
    }

    /**
     * A free loopback port below the kernel's ephemeral range (32768 and up on Linux). A port
     * from that range can be handed to an outgoing connection in the seconds before the service
     * binds it, even to the readiness poll itself (a TCP self-connect), and the start fails with
     * "port in use"; ports below it are only ever taken on purpose.
     */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket s = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free loopback port found between 20000 and 32000");
    }

    /** Starts the package with this command (e.g. its launcher) instead of {@code java -jar}. */
    public PackagedService command(String... command) {
        this.command = List.of(command);
        return this;
    }

    /** Starts the process and waits (at most 90 s) until readiness answers 200. */
    public PackagedService start() throws IOException, InterruptedException {
        List<String> cmd = command != null ? command : List.of(appDir.resolve("run").toAbsolutePath().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        process = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("service exited on start:\n" + log());
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("service not ready within 90 s:\n" + log());
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Process process() {
        return process;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** SIGTERM (a container platform stopping the service). */
    public void terminate() {
        process.destroy();
    }

    /** SIGKILL (power loss, OOM killer): no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
    }

    /** Waits at most {@code seconds} for the process to end; its exit code. */
    public int awaitExit(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new IllegalStateException("service still running after " + seconds + " s");
        }
        return process.exitValue();
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Stops cleanly, so that the launcher's first run writes its class data archive; kills after 60 s. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
