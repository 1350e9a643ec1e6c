package se.asfregister.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Java client artifact that `package` writes (target/clients, docs/clients.md): the very
 * classes GeneratedJavaClientTest drives against the service, and a POM that names everything
 * an integrator's project needs to compile and run against them.
 */
class JavaClientArtifactIT {

    private static final Path CLIENTS = Path.of("target", "clients");
    private static final Path CLASSES = Path.of("target", "test-classes");
    private static final String PACKAGE = "se/asfregister/client/";

    @TempDir
    Path dir;

    @Test
    void theJarHoldsExactlyTheClassesThatGeneratedJavaClientTestRuns() throws IOException {
        Map<String, byte[]> compiled = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve(PACKAGE))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                compiled.put(CLASSES.relativize(f).toString().replace(File.separatorChar, '/'), Files.readAllBytes(f));
            }
        }
        Map<String, byte[]> packed = new TreeMap<>();
        try (JarFile jar = new JarFile(jar().toFile())) {
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
                if (!e.isDirectory() && !e.getName().startsWith("META-INF/")) {
                    packed.put(e.getName(), jar.getInputStream(e).readAllBytes());
                }
            }
            assertTrue(jar.getEntry("META-INF/maven/se.asfregister/asf-register-client/pom.xml") != null);
        }
        assertTrue(compiled.containsKey(PACKAGE + "api/CompaniesApi.class"), compiled.keySet().toString());
        assertEquals(compiled.keySet(), packed.keySet());
        compiled.forEach((name, bytes) -> assertTrue(Arrays.equals(bytes, packed.get(name)), name + " differs"));
    }

    /** The versions in the POM are those the tests ran the client with (this JVM's class path). */
    @Test
    void itsPomNamesItselfAndItsDependenciesAtTheVersionsTheTestsUsed() throws Exception {
        Element pom = pom().getDocumentElement();
        assertEquals("se.asfregister", text(pom, "groupId"));
        assertEquals("asf-register-client", text(pom, "artifactId"));
        assertEquals(jar().getFileName().toString(), "asf-register-client-" + text(pom, "version") + ".jar");
        assertEquals(3, dependencyJars().size());
    }

    @Test
    void aConsumerCompilesAndRunsWithOnlyTheJarAndWhatItsPomBrings() throws Exception {
        List<String> classpath = new ArrayList<>();
        classpath.add(jar().toAbsolutePath().toString());
        classpath.addAll(dependencyJars());
        // what jackson-databind itself brings to a consumer's build
        classpath.add(onTestClasspath("com/fasterxml/jackson/core/jackson-core/"));
        classpath.add(onTestClasspath("com/fasterxml/jackson/core/jackson-annotations/"));
        String cp = String.join(File.pathSeparator, classpath);

        Path source = dir.resolve("Consumer.java");
        Files.writeString(source, CONSUMER, StandardCharsets.UTF_8);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "--release", "17", "-Werror", "-classpath", cp, "-d", dir.toString(), source.toString());
        assertEquals(0, compiled, "the consumer does not compile against the artifact");

        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp + File.pathSeparator + dir, "Consumer").redirectErrorStream(true).start();
        assertTrue(run.waitFor(60, TimeUnit.SECONDS));
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, run.exitValue(), out);
        assertEquals("Gruvans Återbruk 2019-04-01 ticket-4711 http://asf.example.org:8443/api/v1/companies", out);
    }

    private static final String CONSUMER = """
            import java.net.http.HttpRequest;
            import se.asfregister.client.ApiClient;
            import se.asfregister.client.api.CompaniesApi;
            import se.asfregister.client.model.Company;
            import se.asfregister.client.model.Problem;

            public class Consumer {
                public static void main(String[] args) throws Exception {
                    ApiClient client = new ApiClient();
                    client.updateBaseUri("http://asf.example.org:8443");
                    CompaniesApi companies = new CompaniesApi(client); // what an integration calls
                    Company c = client.getObjectMapper().readValue(
                            "{\\"id\\":7,\\"name\\":\\"Gruvans Återbruk\\",\\"foundedOn\\":\\"2019-04-01\\","
                            + "\\"createdAt\\":\\"2026-01-31T10:15:30Z\\"}", Company.class);
                    Problem p = client.getObjectMapper().readValue(
                            "{\\"type\\":\\"urn:asf-register:problem:not-found\\",\\"title\\":\\"Resource not found\\","
                            + "\\"status\\":404,\\"requestId\\":\\"ticket-4711\\"}", Problem.class);
                    HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(
                            client.getBaseUri() + "/api/v1/companies"));
                    System.out.println(c.getName() + " " + c.getFoundedOn() + " " + p.getRequestId() + " "
                            + request.build().uri());
                }
            }
            """;

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(CLIENTS)) {
            return files.filter(f -> f.getFileName().toString().matches("asf-register-client-.*(?<!-sources)\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no client jar in " + CLIENTS + "; it is built by `package`"));
        }
    }

    private static Document pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(CLIENTS.resolve("java/pom.xml").toFile());
    }

    /** Each dependency of the client's POM, found at exactly its version on the class path the tests ran with. */
    private static List<String> dependencyJars() throws Exception {
        NodeList deps = pom().getElementsByTagName("dependency");
        List<String> jars = new ArrayList<>();
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String path = text(d, "groupId").replace('.', '/') + "/" + text(d, "artifactId") + "/" + text(d, "version") + "/";
            jars.add(onTestClasspath(path));
        }
        return jars;
    }

    private static String onTestClasspath(String repositoryPath) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.replace(File.separatorChar, '/').contains("/" + repositoryPath))
                .findFirst().orElseThrow(() -> new AssertionError(repositoryPath
                        + " is not what the tests run with; update src/main/clients/java/pom.xml to the service's version"));
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return nodes.item(i).getTextContent().strip();
            }
        }
        throw new AssertionError("no <" + tag + "> in <" + parent.getTagName() + ">");
    }
}
