package se.asfregister.security;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import se.asfregister.security.UserRecords.NewUser;
import se.asfregister.security.UserRecords.PasswordReset;
import se.asfregister.security.UserRecords.UserResponse;
import se.asfregister.security.UserRecords.UserUpdate;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Responses;
import se.asfregister.web.SortedPageParams;

/** User administration (ADMIN only, see {@link AccessPolicy}). */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserService users;

    @GET
    public Paged<UserResponse> list(@QueryParam("role") String role, @QueryParam("q") String q,
            @BeanParam SortedPageParams page) {
        return users.list(Params.optionalEnum("role", role, Role.class), Params.optionalText("q", q, 64),
                page.request(UserService.SORTABLE, "username"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull NewUser body) {
        UserResponse u = users.create(body);
        return Responses.created(URI.create("/api/v1/users/" + u.id()), u, u.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        UserResponse u = users.get(Params.pathId("User", id));
        return Responses.ok(u, u.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UserUpdate body) {
        UserResponse u = users.update(Params.pathId("User", id), body, ExpectedVersion.ofIfMatch(ifMatch));
        return Responses.ok(u, u.version());
    }

    @PUT
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("id") String id, @Valid @NotNull PasswordReset body) {
        users.resetPassword(Params.pathId("User", id), body.password());
        return Response.noContent().build();
    }
}
