package se.asfregister.company;

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
import se.asfregister.company.CompanyRecords.CompanyRequest;
import se.asfregister.company.CompanyRecords.CompanyResponse;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.Csv;
import se.asfregister.web.JsonBodies;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;
import se.asfregister.web.Responses;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

@Path("/api/v1/companies")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    private static final List<String> CSV_HEADER = List.of("id", "organisationNumber", "name", "legalForm",
            "municipalityCode", "status", "meetsAsfCriteria", "sellsGoodsOrServices", "integrationPurpose",
            "employeeParticipation", "reinvestsProfits", "independentOfPublicSector", "address", "website",
            "industries", "foundedOn", "createdAt", "updatedAt");

    @Inject
    CompanyService companies;

    @Inject
    CompanyAccess access;

    @GET
    public Paged<CompanyResponse> list(@QueryParam("municipality") String municipality,
            @QueryParam("county") String county, @QueryParam("status") String status,
            @QueryParam("meetsCriteria") String meetsCriteria, @QueryParam("industry") String industry,
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        Paged<CompanyResponse> found = companies.list(
                CompanyFilter.parse(municipality, county, status, meetsCriteria, industry, q),
                PageRequest.parse(page, size, sort, CompanyService.SORTABLE, "name"));
        return new Paged<>(found.items().stream().map(this::visible).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    /** CSV export: every matching company (filters and sort apply, paging does not). */
    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@QueryParam("municipality") String municipality, @QueryParam("county") String county,
            @QueryParam("status") String status, @QueryParam("meetsCriteria") String meetsCriteria,
            @QueryParam("industry") String industry, @QueryParam("q") String q, @QueryParam("sort") String sort, @Context HttpHeaders headers) {
        List<CompanyResponse> rows = companies.listAll(
                CompanyFilter.parse(municipality, county, status, meetsCriteria, industry, q),
                PageRequest.parse(null, null, sort, CompanyService.SORTABLE, "name"));
        return Tables.response(headers, "companies", CSV_HEADER, rows.stream().map(this::visible).toList(), c -> Arrays.asList(c.id(),
                c.organisationNumber(), c.name(),
                c.legalForm(), c.municipalityCode(), c.status(), c.meetsAsfCriteria(),
                c.criteria().sellsGoodsOrServices(), c.criteria().integrationPurpose(),
                c.criteria().employeeParticipation(), c.criteria().reinvestsProfits(),
                c.criteria().independentOfPublicSector(), c.address(), c.website(), c.industries(), c.foundedOn(),
                c.createdAt(), c.updatedAt()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull CompanyRequest body) {
        CompanyResponse created = companies.create(body);
        return Responses.created(URI.create("/api/v1/companies/" + created.id()), visible(created), created.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        CompanyResponse c = companies.get(Params.pathId("Company", id));
        return Responses.ok(visible(c), c.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CompanyRequest body) {
        CompanyResponse c = companies.replace(Params.pathId("Company", id), body, ifMatch, scope());
        return Responses.ok(visible(c), c.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonBodies.MERGE_PATCH)
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        CompanyResponse c = companies.patch(Params.pathId("Company", id), body, ifMatch, scope());
        return Responses.ok(visible(c), c.version());
    }

    /** 204 has no body: a client that only accepts problem+json (for the errors) must not get a 406. */
    @DELETE
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        companies.delete(Params.pathId("Company", id), ifMatch);
        return Response.noContent().build();
    }

    /** Reporters (whom AccessPolicy lets through for their own companies) keep the register facts as they are. */
    private EditScope scope() {
        return access.mayChangeRegisterFacts() ? EditScope.EVERYTHING : EditScope.DESCRIPTION_AND_CONTACT;
    }

    /** Contact and a sole trader's personal identity number only for callers allowed to see this company's personal data. */
    private CompanyResponse visible(CompanyResponse c) {
        return access.canSeePersonalData(c.id()) ? c : c.withoutPersonalData();
    }
}
