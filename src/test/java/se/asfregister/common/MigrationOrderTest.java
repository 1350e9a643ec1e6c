package se.asfregister.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asfregister.support.PostgresResource;

/**
 * A database in use upgrades: it has the released migrations (src/test/resources/db), and the
 * service's start must apply every newer one. Flyway refuses a new migration numbered below one
 * the database already has, so each new one must come after all released ones.
 */
class MigrationOrderTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @TempDir
    Path released;

    @Test
    void everyNewMigrationComesAfterEveryReleasedOne() throws IOException {
        List<String> done = releasedMigrations();
        int lastReleased = done.stream().mapToInt(MigrationOrderTest::version).max().orElseThrow();
        for (String file : migrations()) {
            assertTrue(done.contains(file) || version(file) > lastReleased,
                    file + " is numbered below V" + lastReleased + ", which databases in use already have");
        }
        assertTrue(migrations().containsAll(done), "a released migration was renamed or removed");
    }

    @Test
    void aReleasedH2DatabaseUpgrades() throws IOException {
        upgrade("jdbc:h2:mem:upgrade;DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void aReleasedPostgresqlDatabaseUpgrades() throws IOException {
        upgrade(PostgresResource.freshDatabaseUrl(), "postgres", "postgres");
    }

    /** The released migrations first, as a database in use has them; then the service's own start. */
    private void upgrade(String url, String user, String password) throws IOException {
        for (String file : releasedMigrations()) {
            Files.copy(MIGRATIONS.resolve(file), released.resolve(file));
        }
        Flyway.configure().dataSource(url, user, password).locations("filesystem:" + released).load().migrate();
        var result = Flyway.configure().dataSource(url, user, password).locations("filesystem:" + MIGRATIONS).load()
                .migrate();
        assertEquals(migrations().size() - releasedMigrations().size(), result.migrationsExecuted);
    }

    private static List<String> releasedMigrations() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("src/test/resources/db/released-migrations.txt"))) {
            return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    private static List<String> migrations() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.matches("V\\d+__.*\\.sql")).sorted()
                    .toList();
        }
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }
}
