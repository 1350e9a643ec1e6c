package se.asfregister.security;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import se.asfregister.security.TokenSubjectService.TokenSubjectResponse;
import se.asfregister.web.ApiException;
import se.asfregister.web.Paged;
import se.asfregister.web.Responses;
import se.asfregister.web.SortedPageParams;

/**
 * Which companies a bearer token's subject reports for, where the identity provider issues no
 * organisation number (ADMIN only, see {@link AccessPolicy}).
 */
@Path("/api/v1/token-subjects")
@Produces(MediaType.APPLICATION_JSON)
public class TokenSubjectResource {

    /** The longest subject the audit trail can name. */
    static final int MAX_SUBJECT = 255;

    public record Binding(@NotNull List<@NotNull Long> companyIds) {
    }

    @Inject
    TokenSubjectService bindings;

    @GET
    public Paged<TokenSubjectResponse> list(@BeanParam SortedPageParams page) {
        return bindings.list(page.request(TokenSubjectService.SORTABLE, "subject"));
    }

    @GET
    @Path("/{subject}")
    public Response get(@PathParam("subject") String subject) {
        TokenSubjectResponse b = bindings.get(checked(subject));
        return Responses.ok(b, b.version());
    }

    @PUT
    @Path("/{subject}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("subject") String subject, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Binding body) {
        TokenSubjectService.Written w = bindings.put(checked(subject), Set.copyOf(body.companyIds()), ifMatch);
        TokenSubjectResponse b = w.binding();
        return w.created()
                ? Responses.created(URI.create("/api/v1/token-subjects/"
                        + URLEncoder.encode(b.subject(), StandardCharsets.UTF_8).replace("+", "%20")), b, b.version())
                : Responses.ok(b, b.version());
    }

    @DELETE
    @Path("/{subject}")
    public Response delete(@PathParam("subject") String subject, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        bindings.delete(checked(subject), ifMatch);
        return Response.noContent().build();
    }

    private static String checked(String subject) {
        if (subject.isBlank() || subject.length() > MAX_SUBJECT) {
            throw ApiException.invalid("subject", "must be 1 to " + MAX_SUBJECT + " characters, as the token's sub claim");
        }
        return subject;
    }
}
