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

    @GET
    public UserResponse me() {
        return users.me(current.principal().orElseThrow());
    }
}
