package se.asfregister.employment;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.asfregister.employment.EmploymentRecords.ReportRequest;
import se.asfregister.employment.EmploymentRecords.ReportResponse;
import se.asfregister.web.PageParams;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;

/** One company's employment reports, addressed by period. Who may call is decided by the path (AccessPolicy). */
@Path("/api/v1/companies/{id}/employment-reports")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyEmploymentReportResource extends QuarterlyReportResource<ReportRequest, ReportResponse> {

    @Inject
    EmploymentReportService reports;

    public CompanyEmploymentReportResource() {
        super("employment-reports");
    }

    @Override
    protected EmploymentReportService service() {
        return reports;
    }

    @GET
    public Paged<ReportResponse> list(@PathParam("id") String id,
            @BeanParam PageParams page, @QueryParam("sort") String sort) {
        PageRequest req = newestFirst(page, sort);
        return reports.listForCompany(Params.pathId("Company", id), req);
    }

    @DELETE
    @Path("/{period}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response delete(@PathParam("id") String id, @PathParam("period") String period,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        reports.delete(Params.pathId("Company", id), period, ifMatch);
        return Response.noContent().build();
    }

    /** Default order: newest period first. */
    static PageRequest newestFirst(PageParams page, String sort) {
        return page.request(sort == null || sort.isBlank() ? "period,desc" : sort,
                EmploymentReportService.SORTABLE, "period");
    }
}
