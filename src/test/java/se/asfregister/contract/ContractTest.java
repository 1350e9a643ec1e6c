package se.asfregister.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;

/**
 * The contract is the source of truth: the service serves exactly openapi/openapi.yaml, and
 * every implemented endpoint is in it and every contracted endpoint is implemented.
 */
@QuarkusTest
class ContractTest {

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    @Test
    void servedDocumentIsTheContractFile() throws IOException {
        JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        String served = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        assertEquals(file, new ObjectMapper().readTree(served));
    }

    @Test
    void servedYamlIsTheContractFileByteForByte() throws IOException {
        byte[] served = given().get("/q/openapi")
                .then().statusCode(200).contentType("application/yaml;charset=UTF-8")
                .extract().asByteArray();
        assertArrayEquals(Files.readAllBytes(Api.CONTRACT), served);
        assertArrayEquals(served, given().accept("application/json").get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().asByteArray(), "format wins over Accept");
        assertArrayEquals(served, given().get("/q/openapi.yaml").then().statusCode(200).extract().asByteArray());
    }

    @Test
    void everyWayOfAskingForJsonGetsTheContract() throws IOException {
        JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        for (String path : new String[] {"/q/openapi.json", "/q/openapi?format=JSON"}) {
            String served = given().get(path).then().statusCode(200).contentType("application/json;charset=UTF-8")
                    .extract().asString();
            assertEquals(file, new ObjectMapper().readTree(served), path);
        }
        String served = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).contentType("application/json;charset=UTF-8").extract().asString();
        assertEquals(file, new ObjectMapper().readTree(served));
    }

    @Test
    void headAnswersWithoutTheDocumentAndOtherMethodsAreNotFound() {
        given().head("/q/openapi").then().statusCode(200).contentType("application/yaml;charset=UTF-8")
                .body(emptyString());
        given().contentType("text/plain").body("openapi: 3.1.0").post("/q/openapi")
                .then().statusCode(404).contentType("application/problem+json").header("Allow", "GET, HEAD");
        // the OpenAPI extension's own endpoint, which would serve an empty document, is off
        given().get("/q/openapi-extension").then().statusCode(404);
    }

    @Test
    void swaggerUiIsServedAndReadsTheContract() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("url: '/q/openapi'"), "Swagger UI loads /q/openapi");
    }

    @Test
    void implementedAndContractedOperationsAreTheSame() throws Exception {
        assertEquals(contractedOperations(), implementedOperations());
    }

    static Set<String> contractedOperations() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile()).get("paths");
        Set<String> ops = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> it = paths.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (HTTP_METHODS.contains(m.toUpperCase())) {
                    ops.add(m.toUpperCase() + " " + path.getKey());
                }
            });
        }
        return ops;
    }

    /** Every JAX-RS resource method under se.asfregister, read from the compiled classes. */
    static Set<String> implementedOperations() throws Exception {
        Path classes = Path.of("target", "classes");
        Set<String> ops = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.startsWith("se.asfregister.") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ContractTest.class.getClassLoader());
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) {
                    continue;
                }
                // a resource's own methods and those it inherits (common.VersionedResource)
                for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                    for (Method m : c.getDeclaredMethods()) {
                        String verb = httpMethod(m);
                        if (verb == null) {
                            continue;
                        }
                        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                        String path = join(base.value(), sub == null ? "" : sub.value());
                        ops.add(verb + " " + path);
                    }
                }
            }
        }
        assertTrue(ops.size() > 0, "no resource classes found under target/classes");
        return ops;
    }

    static boolean isResourceMethod(Method m) {
        return httpMethod(m) != null;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            jakarta.ws.rs.HttpMethod hm = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (hm != null) {
                return hm.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String p = ("/" + base + "/" + sub).replaceAll("/+", "/");
        // strip regex parts of path parameters: {id: \\d+} -> {id}
        p = p.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
