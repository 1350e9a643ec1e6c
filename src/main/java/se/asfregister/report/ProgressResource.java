package se.asfregister.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.common.SwedishClock;
import se.asfregister.report.ReportRecords.ProgressReport;

@Path("/api/v1/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    @Inject
    SwedishClock clock;

    @Inject
    ProgressService progress;

    @GET
    public ProgressReport progress(@QueryParam("county") String county, @QueryParam("year") String year) {
        ReportParams.Parsed p = ReportParams.parse(county, true, year, clock.year());
        return progress.forCounty(p.county(), p.year());
    }
}
