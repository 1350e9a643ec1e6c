package se.asfregister.policy;

import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import se.asfregister.policy.PolicyRecords.PolicyRequest;
import se.asfregister.policy.PolicyRecords.PolicyResponse;
import se.asfregister.web.Csv;
import se.asfregister.web.JsonBodies;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;
import se.asfregister.web.Responses;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

@Path("/api/v1/municipal-policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private static final List<String> CSV_HEADER = List.of("id", "municipalityCode", "title", "kind", "status",
            "adoptedOn", "validUntil", "documentUrl", "socialProcurement", "summary", "version", "createdAt",
            "updatedAt");

    @Inject
    PolicyService policies;

    @GET
    public Paged<PolicyResponse> list(@QueryParam("municipality") String municipality,
            @QueryParam("county") String county, @QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("inForceOn") String inForceOn, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return policies.list(PolicyFilter.parse(municipality, county, status, kind, inForceOn),
                PageRequest.parse(page, size, sort, PolicyService.SORTABLE, "id"));
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@QueryParam("municipality") String municipality, @QueryParam("county") String county,
            @QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("inForceOn") String inForceOn, @QueryParam("sort") String sort, @Context HttpHeaders headers) {
        List<PolicyResponse> rows = policies.listAll(PolicyFilter.parse(municipality, county, status, kind, inForceOn),
                PageRequest.parse(null, null, sort, PolicyService.SORTABLE, "id"));
        return Tables.response(headers, "municipal-policies", CSV_HEADER, rows, p -> Arrays.asList(p.id(), p.municipalityCode(), p.title(), p.kind(),
                p.status(), p.adoptedOn(), p.validUntil(), p.documentUrl(), p.socialProcurement(), p.summary(),
                p.version(), p.createdAt(), p.updatedAt()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull PolicyRequest body) {
        PolicyResponse p = policies.create(body);
        return Responses.created(URI.create("/api/v1/municipal-policies/" + p.id()), p, p.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        PolicyResponse p = policies.get(Params.pathId("Municipal policy", id));
        return Responses.ok(p, p.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PolicyRequest body) {
        PolicyResponse p = policies.replace(Params.pathId("Municipal policy", id), body, ifMatch);
        return Responses.ok(p, p.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonBodies.MERGE_PATCH)
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        PolicyResponse p = policies.patch(Params.pathId("Municipal policy", id), body, ifMatch);
        return Responses.ok(p, p.version());
    }

    /** 204 has no body: a client that only accepts problem+json (for the errors) must not get a 406. */
    @DELETE
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        policies.delete(Params.pathId("Municipal policy", id), ifMatch);
        return Response.noContent().build();
    }
}
