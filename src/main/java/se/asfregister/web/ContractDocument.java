package se.asfregister.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Serves the contract, openapi/openapi.yaml as the build put it in the package, at
 * {@code /q/openapi}: the file as it is, or as JSON ({@code ?format=json},
 * {@code Accept: application/json}, {@code /q/openapi.json}), as Quarkus's OpenAPI endpoint
 * chose. That endpoint parsed the 400 kB file and wrote it as YAML and as JSON on every start,
 * the largest single step of a start (docs/performance.md); here the file is read when it is
 * first asked for. The extension stays for Swagger UI, which reads this document
 * (application.properties).
 */
@ApplicationScoped
public class ContractDocument {

    private static final String PATH = "/q/openapi";

    private static final String FILE = "META-INF/openapi.yaml";

    private static final String ALLOW = "GET, HEAD";

    private volatile byte[] yaml;

    private volatile byte[] json;

    void route(@Observes Router router) {
        for (String path : List.of(PATH, PATH + ".json", PATH + ".yaml", PATH + ".yml")) {
            router.route(path).handler(this::handle);
        }
    }

    private void handle(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            // the application's 404 problem, with what the path does answer
            rc.response().putHeader(HttpHeaders.ALLOW, ALLOW);
            rc.next();
            return;
        }
        boolean asJson = asJson(rc);
        // the first request reads the file from the jar: not on the event loop
        rc.vertx().executeBlocking(() -> asJson ? json() : yaml(), false)
                .onSuccess(body -> rc.response()
                        .putHeader(HttpHeaders.CONTENT_TYPE,
                                (asJson ? "application/json" : "application/yaml") + ";charset=UTF-8")
                        .end(Buffer.buffer(body)))
                .onFailure(rc::fail);
    }

    /** A {@code .json} path, else {@code format}, else the Accept header decides; YAML by default. */
    private static boolean asJson(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.endsWith(".json")) {
            return true;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return false;
        }
        List<String> format = rc.queryParam("format");
        if (!format.isEmpty()) {
            return "json".equalsIgnoreCase(format.get(0));
        }
        String accept = rc.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("application/json");
    }

    private byte[] yaml() {
        byte[] bytes = yaml;
        if (bytes == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FILE)) {
                if (in == null) {
                    throw new IllegalStateException("The package has no " + FILE);
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            yaml = bytes;
        }
        return bytes;
    }

    private byte[] json() {
        byte[] bytes = json;
        if (bytes == null) {
            try {
                bytes = new ObjectMapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(yaml()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            json = bytes;
        }
        return bytes;
    }
}
