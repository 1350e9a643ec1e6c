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
import java.util.List;
import se.asfregister.common.ListedResource;
import se.asfregister.project.ProjectRecords.ProjectRequest;
import se.asfregister.project.ProjectRecords.ProjectResponse;
import se.asfregister.project.ProjectReportService.ProjectReport;
import se.asfregister.web.Column;
import se.asfregister.web.Csv;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;

@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource extends ListedResource<ProjectRequest, ProjectResponse, ProjectFilter> {

    private static final List<Column<ProjectResponse>> COLUMNS = List.of(
            Column.of("id", ProjectResponse::id),
            Column.of("name", ProjectResponse::name),
            Column.of("ownerOrganisation", ProjectResponse::ownerOrganisation),
            Column.of("partnerOrganisations", ProjectResponse::partnerOrganisations),
            Column.of("partnerCompanyIds", ProjectResponse::partnerCompanyIds),
            Column.of("countyCode", ProjectResponse::countyCode),
            Column.of("municipalityCodes", ProjectResponse::municipalityCodes),
            Column.of("plannedStart", ProjectResponse::plannedStart),
            Column.of("plannedEnd", ProjectResponse::plannedEnd),
            Column.of("actualEnd", ProjectResponse::actualEnd),
            Column.of("endReason", ProjectResponse::endReason),
            Column.of("status", ProjectResponse::status),
            Column.of("targetGroups", ProjectResponse::targetGroups),
            Column.of("budgetSek", ProjectResponse::budgetSek),
            Column.of("version", ProjectResponse::version),
            Column.of("createdAt", ProjectResponse::createdAt),
            Column.of("updatedAt", ProjectResponse::updatedAt));

    @Inject
    ProjectReportService reports;

    @Inject
    public ProjectResource(ProjectService projects) {
        super("Project", projects);
    }

    @GET
    public Paged<ProjectResponse> list(@BeanParam ProjectFilter.Query query, @BeanParam PageParams page) {
        return page(query, page);
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    public Response listCsv(@BeanParam ProjectFilter.Query query) {
        return Csv.response(COLUMNS, all(query));
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
