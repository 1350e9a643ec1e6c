package se.asfregister.csr;

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
import se.asfregister.csr.CollaborationRecords.CollaborationRequest;
import se.asfregister.csr.CollaborationRecords.CollaborationResponse;
import se.asfregister.web.Csv;
import se.asfregister.web.JsonBodies;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;
import se.asfregister.web.Responses;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

@Path("/api/v1/csr-collaborations")
@Produces(MediaType.APPLICATION_JSON)
public class CollaborationResource {

    private static final List<String> CSV_HEADER = List.of("id", "title", "partnerName", "partnerType", "kind",
            "municipalityCode", "companyIds", "startDate", "endDate", "status", "valueSek", "description", "version",
            "createdAt", "updatedAt");

    @Inject
    CollaborationService collaborations;

    @GET
    public Paged<CollaborationResponse> list(@QueryParam("municipality") String municipality,
            @QueryParam("county") String county, @QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("companyId") String companyId, @QueryParam("activeInYear") String activeInYear,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return collaborations.list(
                CollaborationFilter.parse(municipality, county, status, kind, companyId, activeInYear),
                PageRequest.parse(page, size, sort, CollaborationService.SORTABLE, "id"));
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@QueryParam("municipality") String municipality, @QueryParam("county") String county,
            @QueryParam("status") String status, @QueryParam("kind") String kind,
            @QueryParam("companyId") String companyId, @QueryParam("activeInYear") String activeInYear,
            @QueryParam("sort") String sort, @Context HttpHeaders headers) {
        List<CollaborationResponse> rows = collaborations.listAll(
                CollaborationFilter.parse(municipality, county, status, kind, companyId, activeInYear),
                PageRequest.parse(null, null, sort, CollaborationService.SORTABLE, "id"));
        return Tables.response(headers, "csr-collaborations", CSV_HEADER, rows, CollaborationResource::csvRow);
    }

    static List<?> csvRow(CollaborationResponse c) {
        return Arrays.asList(c.id(), c.title(), c.partnerName(), c.partnerType(), c.kind(), c.municipalityCode(),
                c.companyIds(), c.startDate(), c.endDate(), c.status(), c.valueSek(), c.description(), c.version(),
                c.createdAt(), c.updatedAt());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CollaborationRequest body) {
        CollaborationResponse c = collaborations.create(body);
        return Responses.created(URI.create("/api/v1/csr-collaborations/" + c.id()), c, c.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        CollaborationResponse c = collaborations.get(Params.pathId("CSR collaboration", id));
        return Responses.ok(c, c.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CollaborationRequest body) {
        CollaborationResponse c = collaborations.replace(Params.pathId("CSR collaboration", id), body, ifMatch);
        return Responses.ok(c, c.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonBodies.MERGE_PATCH)
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        CollaborationResponse c = collaborations.patch(Params.pathId("CSR collaboration", id), body, ifMatch);
        return Responses.ok(c, c.version());
    }

    /** 204 has no body: a client that only accepts problem+json (for the errors) must not get a 406. */
    @DELETE
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        collaborations.delete(Params.pathId("CSR collaboration", id), ifMatch);
        return Response.noContent().build();
    }
}
