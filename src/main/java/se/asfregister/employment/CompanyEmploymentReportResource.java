package se.asfregister.employment;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import se.asfregister.employment.EmploymentRecords.ReportRequest;
import se.asfregister.employment.EmploymentRecords.ReportResponse;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;
import se.asfregister.web.Responses;
import se.asfregister.web.WriteRaces;

/** One company's employment reports, addressed by period. Who may call is decided by the path (AccessPolicy). */
@Path("/api/v1/companies/{id}/employment-reports")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyEmploymentReportResource {

    @Inject
    EmploymentReportService reports;

    @GET
    public Paged<ReportResponse> list(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PageRequest req = newestFirst(page, size, sort);
        return reports.listForCompany(Params.pathId("Company", id), req);
    }

    @GET
    @Path("/{period}")
    public Response get(@PathParam("id") String id, @PathParam("period") String period) {
        EmploymentReportService.Stored s = reports.get(Params.pathId("Company", id), period);
        return Responses.ok(s.report(), s.etag());
    }

    /** Upsert: 201 with Location the first time, 200 after. */
    @PUT
    @Path("/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, @PathParam("period") String period,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReportRequest body) {
        long companyId = Params.pathId("Company", id);
        // without If-Match the caller wants these figures stored whoever wrote last: a lost race is retried
        EmploymentReportService.Upserted u = ifMatch == null || ifMatch.isBlank()
                ? WriteRaces.retry(10, () -> reports.upsert(companyId, period, body, null))
                : reports.upsert(companyId, period, body, ifMatch);
        ReportResponse r = u.report();
        return u.created()
                ? Responses.created(URI.create("/api/v1/companies/" + companyId + "/employment-reports/" + r.period()),
                        r, u.etag())
                : Responses.ok(r, u.etag());
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
    static PageRequest newestFirst(String page, String size, String sort) {
        return PageRequest.parse(page, size, sort == null || sort.isBlank() ? "period,desc" : sort,
                EmploymentReportService.SORTABLE, "period");
    }
}
