package se.asfregister.esf;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.employment.QuarterlyReportResource;
import se.asfregister.esf.ParticipantRecords.ReportRequest;
import se.asfregister.esf.ParticipantRecords.ReportResponse;

/** One company's ESF+ participant reports, addressed by quarter. Who may call is decided by the path (AccessPolicy). */
@Path("/api/v1/companies/{id}/participant-reports")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyParticipantReportResource extends QuarterlyReportResource<ReportRequest, ReportResponse> {

    @Inject
    public CompanyParticipantReportResource(ParticipantReportService reports) {
        super("participant-reports", reports);
    }
}
