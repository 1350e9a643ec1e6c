package se.asfregister.web;

import java.util.List;
import java.util.Map;

/**
 * A failure with a known HTTP meaning, thrown from services and turned into problem+json
 * by {@link ProblemMappers}. Carries optional field errors and extra response headers.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, null, Map.of());
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
        this.headers = headers;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ApiException conflict(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    /** A 400 naming one offending field. */
    public static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        return new ApiException(ProblemType.VALIDATION, errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid", errors, Map.of());
    }
}
