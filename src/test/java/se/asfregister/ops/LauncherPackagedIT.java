package se.asfregister.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final List<String> SMALL_INSTANCE = List.of("-Xms48m", "-Xmx256m", "-Xmn32m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:-ShrinkHeapInSteps",
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
            // the validator's metadata is built at start; its warnings there (HV000272 and the
            // like) would repeat on every start of every instance
            assertFalse(service.log().lines().anyMatch(l -> l.contains("WARN") && l.contains("[org.hib.val.")),
                    service.log());
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

    /**
     * With a JDK 25 or newer on the machine, {@code package} trained an AOT cache for the H2
     * package, and the launcher starts the service from it with that JDK; without one there is no
     * cache and the test above covers the start.
     */
    @Test
    void theBuildTrainsAnAotCacheWhenAJdk25IsPresentAndTheLauncherStartsFromIt() throws Exception {
        Path app = Path.of("target/quarkus-app").toAbsolutePath();
        Path cache = app.resolve("app.aot");
        boolean jdk25Present = jdkHomes().anyMatch(home -> majorVersion(home) >= 25);
        if (!jdk25Present) {
            assertFalse(Files.exists(cache), "an AOT cache without a JDK 25 on the machine");
            return;
        }
        assertTrue(Files.exists(cache) && Files.size(cache) > 10_000_000, "no AOT cache in " + app);
        Path java = Path.of(Files.readString(app.resolve("app.aot.java")).trim());
        Path home = java.getParent().getParent();
        assertTrue(majorVersion(home) >= 25, "the cache was trained by " + java);
        try (PackagedService service = PackagedService.h2(dir.resolve("h2-aot"), Map.of())
                .command(app.resolve("run").toString()).start()) {
            assertEquals(200, service.get("/api/v1/companies?size=1").statusCode(), service.log());
            String jvm = service.process().info().commandLine().orElseThrow();
            assertTrue(jvm.startsWith(home.toString()), "not started with " + java + ": " + jvm);
            assertTrue(jvm.contains("-XX:AOTCache=" + cache), "not started from the AOT cache: " + jvm);
            SMALL_INSTANCE.forEach(option -> assertTrue(jvm.contains(option), option + " missing: " + jvm));
            assertFalse(service.log().contains("[error][aot]"), service.log());
        }
    }

    /** Where scripts/aot-cache.sh looks for a JDK: the one running this build, then /usr/lib/jvm. */
    private static Stream<Path> jdkHomes() throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        List<Path> installed = new ArrayList<>();
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                homes.forEach(installed::add);
            }
        }
        return Stream.concat(Stream.of(Path.of(System.getProperty("java.home"))), installed.stream());
    }

    private static int majorVersion(Path home) {
        try {
            Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(home.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
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
