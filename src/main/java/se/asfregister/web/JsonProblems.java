package se.asfregister.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What was wrong with a JSON body, in the client's terms: the JSON path of the field and what it must be. */
final class JsonProblems {

    private JsonProblems() {
    }

    /** The problem a JSON body failure stands for: the field and what it must be, where Jackson says. */
    static ApiException of(JsonProcessingException e) {
        // Jackson wraps what the body stream threw (the body limit of a chunked body) into a
        // mapping error on the field it was reading; the stream's own problem is the answer.
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof ApiException api) {
                return api;
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String field = path(u);
            return new ApiException(ProblemType.VALIDATION, "Unknown property '" + field + "'",
                    List.of(new Problem.FieldError(field, "unknown property; allowed are " + known(u))), Map.of());
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String field = path(f);
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return ApiException.invalid(field, "must be one of " + allowed);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            return ApiException.invalid(path(f), f.getOriginalMessage());
        }
        if (e instanceof InvalidTypeIdException || e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            String field = path(m);
            String expected = m.getTargetType() == null ? "another type" : describe(m.getTargetType());
            if (field.isEmpty()) {
                return new ApiException(ProblemType.MALFORMED_BODY, "The body must be " + expected);
            }
            return ApiException.invalid(field, "must be " + expected);
        }
        if (e instanceof JsonMappingException m && !path(m).isEmpty()) {
            return ApiException.invalid(path(m), "has an invalid value");
        }
        if (e instanceof StreamConstraintsException) {
            return new ApiException(ProblemType.MALFORMED_BODY, "The JSON document is too deeply nested or too large");
        }
        String where = e instanceof JsonParseException p && p.getLocation() != null
                ? " at line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr()
                : "";
        return new ApiException(ProblemType.MALFORMED_BODY, "The body is not valid JSON" + where);
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.getSimpleName().equals("LocalDate")) {
            return "a date (YYYY-MM-DD)";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String known(UnrecognizedPropertyException u) {
        if (u.getKnownPropertyIds() == null) {
            return "none";
        }
        return u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
    }

    /** {@code criteria.integrationPurpose}, {@code industries[2]} — the JSON path of the failure. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
