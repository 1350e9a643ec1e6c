package se.asfregister.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.security.UserRecords.UserResponse;

/** The signed-in caller: lets a client show who it is and which companies it reports for. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    UserService users;

    @Inject
    CurrentUser current;

    /** A {@link UserResponse}, or a {@link TokenCaller} for a bearer token's subject. */
    @GET
    public Object me() {
        Principal p = current.principal().orElseThrow();
        return p.fromToken() ? TokenCaller.of(p) : users.me(p);
    }
}
