package se.asfregister.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asfregister.support.PackagedService;

/**
 * The package's launcher ({@code target/quarkus-app/run}, the README's run command) starts the
 * service with the small-instance JVM options and class data sharing, on whatever JDK it finds.
 * It runs from a copy of the package whose files are links to the real one, so the class data
 * archive it writes stays in the test's own directory.
 */
class LauncherPackagedIT {

    private static final List<String> SMALL_INSTANCE = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    private static final List<String> LINKED = List.of("quarkus-run.jar", "lib", "app", "quarkus");

    @TempDir
    Path dir;

    @Test
    void theLauncherStartsTheServiceWithTheSmallInstanceOptionsAndKeepsItsClassesOnStop() throws Exception {
        Path pkg = linkedPackage();
        try (PackagedService service = PackagedService.h2(dir.resolve("h2"), Map.of())
                .command(pkg.resolve("run").toString()).start()) {
            assertEquals(200, service.get("/api/v1/companies?size=1").statusCode(), service.log());
            // the launcher replaces itself with java: the process's command line is the JVM's
            String jvm = service.process().info().commandLine().orElseThrow();
            SMALL_INSTANCE.forEach(option -> assertTrue(jvm.contains(option), option + " missing: " + jvm));
            assertTrue(jvm.contains("SharedArchiveFile=" + pkg.resolve("app-cds-"))
                    || jvm.contains("ArchiveClassesAtExit=" + pkg.resolve("app-cds-")), "no class data sharing: " + jvm);
            service.terminate();
            int exit = service.awaitExit(120); // JDK 17 writes the archive as the JVM exits
            assertTrue(exit == 0 || exit == 143, "exit code " + exit + "\n" + service.log());
        }
        try (Stream<Path> files = Files.list(pkg)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().matches("app-cds-.+\\.jsa")
                    && f.toFile().length() > 1_000_000), "no class data archive in " + pkg);
        }
    }

    /** The links go before the temporary directory does, which would warn about each one. */
    @AfterEach
    void unlink() throws Exception {
        for (String name : LINKED) {
            Files.deleteIfExists(dir.resolve("pkg").resolve(name));
        }
    }

    private Path linkedPackage() throws Exception {
        Path app = Path.of("target/quarkus-app").toAbsolutePath();
        Path pkg = Files.createDirectories(dir.resolve("pkg"));
        Files.copy(app.resolve("run"), pkg.resolve("run"), StandardCopyOption.COPY_ATTRIBUTES);
        for (String name : LINKED) {
            Files.createSymbolicLink(pkg.resolve(name), app.resolve(name));
        }
        return pkg;
    }
}
