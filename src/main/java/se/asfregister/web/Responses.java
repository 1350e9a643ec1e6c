package se.asfregister.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Small builders for the response shapes every resource uses. */
public final class Responses {

    private Responses() {
    }

    public static Response.ResponseBuilder problem(ObjectMapper mapper, Problem p) {
        String body;
        try {
            body = mapper.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + p.title() + "\",\"status\":" + p.status() + "}";
        }
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(body);
    }

    /** 200 with the entity and its ETag, the version ({@link ETags#ofVersion}). */
    public static Response ok(Object body, long version) {
        return ok(body, ETags.ofVersion(version));
    }

    /** 200 with the entity and the strong ETag {@code tag} (from {@link ETags}). */
    public static Response ok(Object body, String tag) {
        return Response.ok(body).tag(new EntityTag(tag)).build();
    }

    /**
     * 200 with the entity and its ETag, the version, typed: for an endpoint declared to return a
     * concrete {@code RestResponse<T>}, RESTEasy picks the body's writer once, when it builds the
     * endpoint, instead of on every request (docs/performance.md, "The body's writer, chosen once").
     */
    public static <T> RestResponse<T> okTyped(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(new EntityTag(ETags.ofVersion(version))).build();
    }

    /** 201 with Location and ETag, the version. */
    public static Response created(URI location, Object body, long version) {
        return created(location, body, ETags.ofVersion(version));
    }

    /** A PUT's answer: 201 with {@code location} the first time, 200 after. */
    public static Response upserted(Upserted<?> u, String location) {
        return u.created() ? created(URI.create(location), u.body(), u.etag()) : ok(u.body(), u.etag());
    }

    /** 201 with Location and the strong ETag {@code tag}. */
    public static Response created(URI location, Object body, String tag) {
        return Response.created(location).entity(body).tag(new EntityTag(tag)).build();
    }
}
