package se.asfregister.employment;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.asfregister.company.CompanyPath;
import se.asfregister.employment.EmploymentRecords.ReportRequest;
import se.asfregister.employment.EmploymentRecords.ReportResponse;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Problem;
import se.asfregister.web.SortedPageParams;

/** One company's employment reports, addressed by period. Who may call is decided by the path (AccessPolicy). */
@Path("/api/v1/companies/{id}/employment-reports")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyEmploymentReportResource extends QuarterlyReportResource<ReportRequest, ReportResponse> {

    private final EmploymentReportService reports;

    @Inject
    public CompanyEmploymentReportResource(EmploymentReportService reports) {
        super("employment-reports", reports);
        this.reports = reports;
    }

    @GET
    public Paged<ReportResponse> list(@BeanParam CompanyPath company, @BeanParam SortedPageParams page) {
        PageRequest req = newestFirst(page);
        return reports.listForCompany(company.companyId(), req);
    }

    @DELETE
    @Path("/{period}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response delete(@BeanParam CompanyPath company, @PathParam("period") String period,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        reports.delete(company.companyId(), period, ifMatch);
        return Response.noContent().build();
    }

    /** Default order: newest period first. */
    static PageRequest newestFirst(SortedPageParams page) {
        String sort = page.sort() == null || page.sort().isBlank() ? "period,desc" : page.sort();
        return page.page().request(sort, EmploymentReportService.SORTABLE, "period");
    }
}
