package se.asfregister.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem+json responses. Nothing a client
 * sends may reach the generic 500 branch; that branch logs the cause and hides it.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    HttpHeaders headers;

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response.ResponseBuilder b = problemResponse(e.type(), e.getMessage(), e.errors());
        e.headers().forEach(b::header);
        return b.build();
    }

    @ServerExceptionMapper
    public Response beanValidation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return api(ApiException.invalid(errors));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return api(jsonProblem(e));
    }

    /** Declared separately: quarkus-rest-jackson ships a body-less mapper for exactly this type. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response jsonBody(JsonBodies.JsonBodyException e) {
        return json(e.json());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // RESTEasy wraps body-reader failures; unwrap so the client learns what was wrong.
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not supported here";
            case 406 -> "None of the media types in Accept can be produced here";
            case 415 -> "Content-Type is not supported here";
            default -> status >= 500 ? "The request could not be processed" : e.getMessage();
        };
        if (status >= 500) {
            LOG.error("Server error", e);
        }
        Response.ResponseBuilder b = problemResponse(type, detail, null);
        b.status(status);
        Object allow = e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
        if (allow != null) {
            b.header(HttpHeaders.ALLOW, allow);
        }
        Object authenticate = e.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
        if (authenticate != null) {
            b.header(HttpHeaders.WWW_AUTHENTICATE, authenticate);
        }
        return b.build();
    }

    /** Two writers raced on the same version: the loser learns its copy is stale. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response optimisticLock(Exception e) {
        return problemResponse(ProblemType.PRECONDITION_FAILED,
                "The resource was changed by someone else; fetch it again and retry", null).build();
    }

    /** A unique or foreign key constraint caught a race that the service-level checks could not see. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e) {
        return problemResponse(ProblemType.CONFLICT,
                "The change conflicts with existing data (" + e.getKind().name().toLowerCase().replace('_', ' ') + ")", null)
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return optimisticLock((Exception) cause);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException cve) {
                return constraint(cve);
            }
            if (cause instanceof ApiException api) {
                return api(api);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        LOG.error("Unexpected failure", e);
        return problemResponse(ProblemType.INTERNAL, "The request could not be processed", null).build();
    }

    public ApiException jsonProblem(JsonProcessingException e) {
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

    private Response.ResponseBuilder problemResponse(ProblemType type, String detail, List<Problem.FieldError> errors) {
        Locale locale = requestLocale();
        List<Problem.FieldError> localized = errors == null ? null : errors.stream()
                .map(f -> new Problem.FieldError(f.field(), ProblemText.localize(f.message(), locale)))
                .toList();
        // A single-field detail repeats its message ("field: message"): rebuild it in the request's language.
        String localizedDetail = localized != null && localized.size() == 1 && detail != null
                && detail.equals(errors.get(0).field() + ": " + errors.get(0).message())
                        ? localized.get(0).field() + ": " + localized.get(0).message()
                        : ProblemText.localize(detail, locale);
        return Responses.problem(mapper, new Problem(type.uri(), ProblemText.localize(type.title, locale), type.status,
                localizedDetail, null, localized))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    /** See {@link Languages#preferred}; bean validation messages follow the same header (quarkus.hibernate-validator.locales). */
    private Locale requestLocale() {
        return Languages.preferred(headers);
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

    /**
     * Bean validation paths look like {@code create.body.contact.email}; the client knows the
     * field as {@code contact.email} (body) or by the query parameter's name.
     */
    static String fieldOf(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        Iterator<Path.Node> it = v.getPropertyPath().iterator();
        boolean first = true;
        while (it.hasNext()) {
            Path.Node n = it.next();
            if (first && n.getKind() == ElementKind.METHOD) {
                first = false;
                continue;
            }
            first = false;
            if (n.getKind() == ElementKind.PARAMETER && "body".equals(n.getName())) {
                continue;
            }
            if (n.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (n.getIndex() != null && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + n.getIndex() + "]");
                }
                continue;
            }
            String name = n.getName();
            if (n.getIndex() != null && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + n.getIndex() + "]");
            }
            if (name != null) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }
}
