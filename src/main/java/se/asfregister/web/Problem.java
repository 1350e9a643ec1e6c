package se.asfregister.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every error response. {@code requestId} is an
 * extension member: the id of the request that failed, as in its {@code X-Request-Id} header
 * and its log lines, so that a caller can quote it and an operator can find those lines.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of the current request (its id is filled in; none outside a request). */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, RequestIdFilter.current());
    }

    /** One offending input: a JSON path such as {@code criteria.integrationPurpose}, a query parameter or a header. */
    public record FieldError(String field, String message) {
    }
}
