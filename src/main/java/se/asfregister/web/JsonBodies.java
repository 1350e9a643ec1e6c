package se.asfregister.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/** JSON Merge Patch (RFC 7396) onto a request record, then the same validation as a PUT. */
@ApplicationScoped
public class JsonBodies {

    public static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    public <T> T mergePatch(T current, String patchBody, Class<T> type) {
        try {
            if (patchBody == null || patchBody.isBlank()) {
                throw new ApiException(ProblemType.MALFORMED_BODY, "A merge patch body is required");
            }
            JsonNode patch = mapper.readTree(patchBody);
            if (patch == null || !patch.isObject()) {
                throw new ApiException(ProblemType.MALFORMED_BODY, "A merge patch must be a JSON object");
            }
            JsonNode merged = apply(mapper.valueToTree(current), patch);
            T result = mapper.treeToValue(merged, type);
            validate(result);
            return result;
        } catch (JsonProcessingException e) {
            throw new JsonBodyException(e);
        }
    }

    public <T> void validate(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactoryHolder.object();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isNull()) {
                result.remove(f.getKey());
            } else {
                result.set(f.getKey(), apply(result.get(f.getKey()), f.getValue()));
            }
        }
        return result;
    }

    private static final class JsonNodeFactoryHolder {
        static ObjectNode object() {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
    }

    /** Carries a Jackson failure out of service code to {@link ProblemMappers}. */
    public static class JsonBodyException extends RuntimeException {
        public JsonBodyException(JsonProcessingException cause) {
            super(cause.getOriginalMessage(), cause, false, false);
        }

        public JsonProcessingException json() {
            return (JsonProcessingException) getCause();
        }
    }
}
