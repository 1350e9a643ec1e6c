package se.asfregister.common;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.JsonBodies;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;
import se.asfregister.web.Responses;

/**
 * The HTTP face of a {@link VersionedCrud}: create, get, replace, merge-patch and delete of
 * one resource, written once for the register resources. It turns strings into an id and
 * {@code If-Match} into an {@link ExpectedVersion}, and answers with the version as ETag; a
 * register resource adds anything particular to it, a filtered list through {@link ListedResource}.
 *
 * @param <Q> the request record (bound to {@link Record}: as a bare type variable the body is an
 *     {@code Object} to Hibernate Validator, which then warns on every start that it may be a container)
 * @param <R> the response record
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class VersionedResource<Q extends Record, R extends Versioned> {

    private final String path;
    private final String name;
    private final VersionedCrud<?, Q, R> service;

    /** {@code name} names a missing one in a 404. */
    protected VersionedResource(String name, VersionedCrud<?, Q, R> service) {
        this.path = collectionPath(getClass());
        this.name = name;
        this.service = service;
    }

    /**
     * The collection's path ({@code /api/v1/goals}) for the {@code Location} of a created one: the
     * resource class's own {@code @Path}, so that it is written once. The walk up passes a
     * subclass that the container may have generated for interceptors, which has no {@code @Path}.
     */
    private static String collectionPath(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Path declared = c.getAnnotation(Path.class);
            if (declared != null) {
                return declared.value();
            }
        }
        throw new IllegalStateException(type + " declares no @Path");
    }

    /** What of a response this caller may see: all of it, unless a resource says otherwise. */
    protected R visible(R response) {
        return response;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull Q body) {
        R created = service.create(body);
        return Responses.created(URI.create(path + "/" + created.id()), visible(created), created.version());
    }

    /** Typed, so that a resource may answer with a body of its own type (CompanyResource's kept JSON). */
    @GET
    @Path("/{id}")
    public RestResponse<?> get(@PathParam("id") String id) {
        R response = service.get(id(id));
        return Responses.okTyped(visible(response), response.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Q body) {
        return ok(service.replace(id(id), body, ExpectedVersion.ofIfMatch(ifMatch)));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonBodies.MERGE_PATCH)
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        return ok(service.patch(id(id), body, ExpectedVersion.ofIfMatch(ifMatch)));
    }

    /** 204 has no body: a client that only accepts problem+json (for the errors) must not get a 406. */
    @DELETE
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id(id), ExpectedVersion.ofIfMatch(ifMatch));
        return Response.noContent().build();
    }

    /** The path's id, or a 404 naming the resource. */
    protected long id(String id) {
        return Params.pathId(name, id);
    }

    private Response ok(R response) {
        return Responses.ok(visible(response), response.version());
    }
}
