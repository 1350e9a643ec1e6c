package se.asfregister.project;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import se.asfregister.project.ProjectRecords.ProjectRequest;
import se.asfregister.project.ProjectRecords.ProjectResponse;
import se.asfregister.project.ProjectReportService.ProjectReport;
import se.asfregister.web.Csv;
import se.asfregister.web.JsonBodies;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;
import se.asfregister.web.Responses;

@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private static final List<String> CSV_HEADER = List.of("id", "name", "ownerOrganisation",
            "partnerOrganisations", "partnerCompanyIds", "countyCode", "municipalityCodes", "plannedStart",
            "plannedEnd", "actualEnd", "endReason", "status", "targetGroups", "budgetSek", "version", "createdAt",
            "updatedAt");

    @Inject
    ProjectService projects;

    @Inject
    ProjectReportService reports;

    @GET
    public Paged<ProjectResponse> list(@QueryParam("county") String county, @QueryParam("status") String status,
            @QueryParam("activeOn") String activeOn, @QueryParam("funder") String funder,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return projects.list(ProjectFilter.parse(county, status, activeOn, funder),
                PageRequest.parse(page, size, sort, ProjectService.SORTABLE, "id"));
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    public Response listCsv(@QueryParam("county") String county, @QueryParam("status") String status,
            @QueryParam("activeOn") String activeOn, @QueryParam("funder") String funder,
            @QueryParam("sort") String sort) {
        List<ProjectResponse> rows = projects.listAll(ProjectFilter.parse(county, status, activeOn, funder),
                PageRequest.parse(null, null, sort, ProjectService.SORTABLE, "id"));
        return Csv.response(CSV_HEADER, rows, p -> Arrays.asList(p.id(), p.name(), p.ownerOrganisation(),
                p.partnerOrganisations(), p.partnerCompanyIds(), p.countyCode(), p.municipalityCodes(),
                p.plannedStart(), p.plannedEnd(), p.actualEnd(), p.endReason(), p.status(), p.targetGroups(),
                p.budgetSek(), p.version(), p.createdAt(), p.updatedAt()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ProjectRequest body) {
        ProjectResponse p = projects.create(body);
        return Responses.created(URI.create("/api/v1/projects/" + p.id()), p, p.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        ProjectResponse p = projects.get(Params.pathId("Project", id));
        return Responses.ok(p, p.version());
    }

    @GET
    @Path("/{id}/report")
    public ProjectReport report(@PathParam("id") String id, @QueryParam("at") String at) {
        return reports.report(Params.pathId("Project", id), Params.optionalDate("at", at));
    }

    @GET
    @Path("/{id}/report")
    @Produces(Csv.MEDIA_TYPE)
    public Response reportCsv(@PathParam("id") String id, @QueryParam("at") String at) {
        ProjectReport r = reports.report(Params.pathId("Project", id), Params.optionalDate("at", at));
        return Csv.response(ProjectReportCsv.HEADER, ProjectReportCsv.rows(r), row -> row);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProjectRequest body) {
        ProjectResponse p = projects.replace(Params.pathId("Project", id), body, ifMatch);
        return Responses.ok(p, p.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonBodies.MERGE_PATCH)
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        ProjectResponse p = projects.patch(Params.pathId("Project", id), body, ifMatch);
        return Responses.ok(p, p.version());
    }

    /** 204 has no body: a client that only accepts problem+json (for the errors) must not get a 406. */
    @DELETE
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        projects.delete(Params.pathId("Project", id), ifMatch);
        return Response.noContent().build();
    }
}
