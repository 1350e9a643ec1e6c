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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import se.asfregister.common.SwedishClock;
import se.asfregister.web.Csv;
import se.asfregister.web.Languages;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualReportResource {

    @Inject
    SwedishClock clock;

    @Inject
    AnnualReportService reports;

    @GET
    @Path("/annual")
    public Response annual(@QueryParam("county") String county, @QueryParam("year") String year,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        ReportParams.Parsed p = ReportParams.parse(county, false, year, clock.year());
        if (ReportParams.format(format) == ReportParams.Format.JSON) {
            return Response.ok(reports.report(p.county(), p.year())).build();
        }
        Locale locale = Languages.preferred(headers);
        return Statistics.response(Statistics.annual(reports.table(p.county(), p.year()), p.county(), p.year(),
                locale), locale);
    }

    @GET
    @Path("/annual")
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response annualCsv(@QueryParam("county") String county, @QueryParam("year") String year,
            @Context HttpHeaders headers) {
        ReportParams.Parsed p = ReportParams.parse(county, false, year, clock.year());
        AnnualReportService.Table t = reports.table(p.county(), p.year());
        List<String> header = new ArrayList<>(List.of("level", "code", "name", "year"));
        ReportQueries.FIGURE_NAMES.forEach(f -> header.add(StatusColumn.column(f)));
        header.add(StatusColumn.NAME);
        return Tables.response(headers, "annual-report", header, IntStream.range(0, t.areas().size()).boxed().toList(), i -> {
            // the national row has no code: null, an empty cell
            List<Object> row = new ArrayList<>(Arrays.asList(t.levels().get(i), t.areas().get(i).code(),
                    t.areas().get(i).name(), p.year()));
            for (String f : ReportQueries.FIGURE_NAMES) {
                row.add(StatusColumn.cell(AnnualReportService.value(t, i, f)));
            }
            row.add(StatusColumn.of(ReportQueries.FIGURE_NAMES, t.statuses().get(i)));
            return row;
        });
    }
}
