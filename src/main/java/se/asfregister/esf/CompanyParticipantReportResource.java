package se.asfregister.esf;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import se.asfregister.esf.ParticipantRecords.ReportRequest;
import se.asfregister.web.Params;
import se.asfregister.web.Responses;
import se.asfregister.web.WriteRaces;

/** One company's ESF+ participant reports, addressed by quarter. Who may call is decided by the path (AccessPolicy). */
@Path("/api/v1/companies/{id}/participant-reports")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyParticipantReportResource {

    @Inject
    ParticipantReportService reports;

    @GET
    @Path("/{period}")
    public Response get(@PathParam("id") String id, @PathParam("period") String period) {
        ParticipantReportService.Stored s = reports.get(Params.pathId("Company", id), period);
        return Responses.ok(s.report(), s.etag());
    }

    /** Upsert: 201 with Location the first time, 200 after. */
    @PUT
    @Path("/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, @PathParam("period") String period,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ReportRequest body) {
        long companyId = Params.pathId("Company", id);
        ParticipantReportService.Upserted u = ifMatch == null || ifMatch.isBlank()
                ? WriteRaces.retry(10, () -> reports.upsert(companyId, period, body, null))
                : reports.upsert(companyId, period, body, ifMatch);
        return u.created()
                ? Responses.created(URI.create("/api/v1/companies/" + companyId + "/participant-reports/"
                        + u.report().period()), u.report(), u.etag())
                : Responses.ok(u.report(), u.etag());
    }
}
