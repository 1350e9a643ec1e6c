package se.asfregister.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending input: a JSON path such as {@code criteria.integrationPurpose}, a query parameter or a header. */
    public record FieldError(String field, String message) {
    }
}
