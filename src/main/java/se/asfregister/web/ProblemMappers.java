package se.asfregister.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem+json responses. Nothing a client
 * sends may reach the generic 500 branch; that branch logs the cause and hides it.
 */
public class ProblemMappers extends ProblemBuilder {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response.ResponseBuilder b = problem(e.type(), e.getMessage(), e.errors());
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
        return api(JsonProblems.of(e));
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
        Response.ResponseBuilder b = problem(type, detail, null);
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
        return problem(ProblemType.PRECONDITION_FAILED,
                "The resource was changed by someone else; fetch it again and retry", null).build();
    }

    /** A unique or foreign key constraint caught a race that the service-level checks could not see. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e) {
        return problem(ProblemType.CONFLICT,
                "The change conflicts with existing data (" + e.getKind().name().toLowerCase().replace('_', ' ') + ")", null)
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (WriteRaces.isStaleVersion(cause)) {
                return optimisticLock((Exception) cause);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException cve) {
                return constraint(cve);
            }
            if (cause instanceof ApiException api) {
                return api(api);
            }
        }
        if (WriteRaces.isLockConflict(e)) {
            // rolled back after waiting for another transaction's lock: sending it again may succeed
            return problem(ProblemType.CONFLICT, "The change collided with another change made at the same time; "
                    + "send it again", null).build();
        }
        LOG.error("Unexpected failure", e);
        return problem(ProblemType.INTERNAL, "The request could not be processed", null).build();
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
