package se.asfregister.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.asfregister.support.Api;

/**
 * The static HTML reference that the build generates from the contract
 * (target/api-reference/index.html) documents every operation with a request and a
 * response example taken from the contract: a request body example where the operation has a
 * body, the generated curl sample otherwise, and an example of its success response (where
 * the success has a body) and of its error responses.
 */
class ApiReferenceTest {

    private static final Path REFERENCE = Path.of("target", "api-reference", "index.html");
    private static final Pattern CALL = Pattern.compile(
            "asfRenderExamples\\('#asf-(request|response)-example-(?:[A-Za-z0-9]+-)?([A-Za-z0-9]+?)(?:-(\\d{3}))?', ");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationHasRequestAndResponseExamples() throws IOException {
        assertTrue(Files.exists(REFERENCE), "the build did not generate " + REFERENCE);
        String html = Files.readString(REFERENCE, StandardCharsets.UTF_8);

        // operationId -> status codes (or "request") whose rendered wrapper carries an example
        Map<String, Set<String>> shown = new HashMap<>();
        Matcher m = CALL.matcher(html);
        while (m.find()) {
            JsonNode wrapper = JSON.reader().readTree(new StringReader(html.substring(m.end())));
            if (hasExample(wrapper)) {
                String key = m.group(1).equals("request") ? "request" : m.group(3);
                shown.computeIfAbsent(m.group(2), k -> new HashSet<>()).add(key);
            }
        }

        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile()).get("paths");
        List<String> missing = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            if (!operation.has("operationId")) {
                return;
            }
            String id = operation.get("operationId").asText();
            Set<String> have = shown.getOrDefault(id, Set.of());
            if (!html.contains("id=\"examples-") || !html.contains("-" + id + "-0-curl\"")) {
                missing.add(id + ": curl request sample");
            }
            if (operation.has("requestBody") && !have.contains("request")) {
                missing.add(id + ": request body example");
            }
            operation.get("responses").fields().forEachRemaining(r -> {
                boolean hasBody = r.getValue().has("content") || r.getValue().has("$ref");
                if (hasBody && !have.contains(r.getKey())) {
                    missing.add(id + ": example of response " + r.getKey());
                }
            });
        }));
        assertFalse(shown.isEmpty(), "no examples found in " + REFERENCE);
        assertTrue(missing.isEmpty(), "missing in the HTML reference: " + missing);
    }

    private static boolean hasExample(JsonNode wrapper) {
        JsonNode content = wrapper.path("content");
        for (JsonNode media : content) {
            if (media.has("example")) {
                return true;
            }
            for (JsonNode e : media.path("examples")) {
                if (e.has("value")) {
                    return true;
                }
            }
        }
        return false;
    }
}
