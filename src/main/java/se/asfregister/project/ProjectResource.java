package se.asfregister.project;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import se.asfregister.common.VersionedResource;
import se.asfregister.project.ProjectRecords.ProjectRequest;
import se.asfregister.project.ProjectRecords.ProjectResponse;
import se.asfregister.project.ProjectReportService.ProjectReport;
import se.asfregister.web.Csv;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;

@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource extends VersionedResource<ProjectRequest, ProjectResponse> {

    private static final List<String> CSV_HEADER = List.of("id", "name", "ownerOrganisation",
            "partnerOrganisations", "partnerCompanyIds", "countyCode", "municipalityCodes", "plannedStart",
            "plannedEnd", "actualEnd", "endReason", "status", "targetGroups", "budgetSek", "version", "createdAt",
            "updatedAt");

    @Inject
    ProjectService projects;

    @Inject
    ProjectReportService reports;

    public ProjectResource() {
        super("/api/v1/projects", "Project");
    }

    @Override
    protected ProjectService service() {
        return projects;
    }

    @GET
    public Paged<ProjectResponse> list(@BeanParam ProjectFilter.Query query, @BeanParam PageParams page) {
        return page(projects, query, page);
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    public Response listCsv(@BeanParam ProjectFilter.Query query) {
        return Csv.response(CSV_HEADER, all(projects, query),
                p -> Arrays.asList(p.id(), p.name(), p.ownerOrganisation(),
                        p.partnerOrganisations(), p.partnerCompanyIds(), p.countyCode(), p.municipalityCodes(),
                        p.plannedStart(), p.plannedEnd(), p.actualEnd(), p.endReason(), p.status(), p.targetGroups(),
                        p.budgetSek(), p.version(), p.createdAt(), p.updatedAt()));
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

}
