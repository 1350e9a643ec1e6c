package se.asfregister.project;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import se.asfregister.project.FundingOverviewService.FundingOverview;
import se.asfregister.web.Csv;
import se.asfregister.web.Params;

/** Project funding by funder and year, for the country or one county. */
@Path("/api/v1/project-funding")
@Produces(MediaType.APPLICATION_JSON)
public class FundingOverviewResource {

    private static final List<String> CSV_HEADER = List.of("year", "funder", "amountSek", "projects");

    @Inject
    FundingOverviewService funding;

    @GET
    public FundingOverview overview(@QueryParam("county") String county, @QueryParam("funder") String funder) {
        return funding.overview(Params.optionalCounty(county),
                Params.optionalEnum("funder", funder, Funder.class));
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    public Response overviewCsv(@QueryParam("county") String county, @QueryParam("funder") String funder) {
        FundingOverview o = overview(county, funder);
        return Csv.response(CSV_HEADER, o.rows(), r -> Arrays.asList(r.year(), r.funder(), r.amountSek(),
                r.projects()));
    }
}
