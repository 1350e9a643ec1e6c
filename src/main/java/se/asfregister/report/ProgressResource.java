package se.asfregister.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import se.asfregister.area.County;
import se.asfregister.common.SwedishClock;
import se.asfregister.report.ReportRecords.ProgressReport;
import se.asfregister.web.Languages;

@Path("/api/v1/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    @Inject
    SwedishClock clock;

    @Inject
    ProgressService progress;

    @GET
    public Response progress(@QueryParam("county") String county, @QueryParam("year") String year,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        ReportParams.Parsed p = ReportParams.parse(county, true, year, clock.year());
        ReportParams.Format f = ReportParams.format(format);
        ProgressReport report = progress.forCounty(p.county(), p.year());
        if (f == ReportParams.Format.JSON) {
            return Response.ok(report).build();
        }
        Locale locale = Languages.preferred(headers);
        return Statistics.response(Statistics.progress(report, County.<County>findById(p.county()).name, locale),
                locale);
    }
}
