package se.asfregister.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import se.asfregister.common.SwedishClock;
import se.asfregister.report.ReportRecords.AnnualReport;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.Csv;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualReportResource {

    /** What a hidden cell reads in CSV (Statistics Sweden's mark for a figure that cannot be published). */
    static final String HIDDEN = "..";

    @Inject
    SwedishClock clock;

    @Inject
    AnnualReportService reports;

    @Inject
    CompanyAccess access;

    @GET
    @Path("/annual")
    public AnnualReport annual(@QueryParam("county") String county, @QueryParam("year") String year) {
        ReportParams.Parsed p = ReportParams.parse(county, false, year, clock.year());
        return reports.report(p.county(), p.year());
    }

    @GET
    @Path("/annual")
    @Produces(Csv.MEDIA_TYPE)
    public Response annualCsv(@QueryParam("county") String county, @QueryParam("year") String year) {
        ReportParams.Parsed p = ReportParams.parse(county, false, year, clock.year());
        AnnualReportService.Table t = reports.table(p.county(), p.year(), access.seesExactAggregates());
        List<String> header = new ArrayList<>(List.of("level", "code", "name", "year"));
        ReportQueries.FIGURE_NAMES.forEach(f -> header.add(csvName(f)));
        return Csv.response(header, IntStream.range(0, t.areas().size()).boxed().toList(), i -> {
            List<Object> row = new ArrayList<>(List.of(t.levels().get(i), t.areas().get(i).code() == null ? ""
                    : t.areas().get(i).code(), t.areas().get(i).name(), p.year()));
            for (String f : ReportQueries.FIGURE_NAMES) {
                Long v = AnnualReportService.value(t, i, f);
                row.add(v == null ? HIDDEN : v);
            }
            return row;
        });
    }

    /** "employees.women" becomes the column "employeesWomen". */
    static String csvName(String figure) {
        int dot = figure.indexOf('.');
        return dot < 0 ? figure : figure.substring(0, dot) + Character.toUpperCase(figure.charAt(dot + 1))
                + figure.substring(dot + 2);
    }
}
