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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.asfregister.area.County;
import se.asfregister.common.SwedishClock;
import se.asfregister.report.ReportRecords.Coverage;
import se.asfregister.report.ReportRecords.GoalProgress;
import se.asfregister.report.ReportRecords.ProgressReport;
import se.asfregister.web.Languages;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

@Path("/api/v1/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    /** The Excel columns: the JSON fields of a goal's progress, coverage flattened, hidden fields in the last. */
    private static final List<String> COLUMNS = List.of("goalId", "countyCode", "indicator", "description",
            "targetType", "goalTargetValue", "baselineYear", "targetYear", "year", "baselineValue", "currentValue",
            "targetValue", "expectedValue", "achievedShare", "progressStatus", "reportingCompanies",
            "activeCompanies", "baselineReportingCompanies", "baselineActiveCompanies", "comparedCompanies",
            "cellStatus");

    /** The fields that may be hidden, in column order, for the last column. */
    private static final List<String> HIDEABLE = List.of("baselineValue", "currentValue", "targetValue",
            "expectedValue", "achievedShare");

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

    @GET
    @Produces(Xlsx.MEDIA_TYPE)
    public Response progressXlsx(@QueryParam("county") String county, @QueryParam("year") String year) {
        ReportParams.Parsed p = ReportParams.parse(county, true, year, clock.year());
        ProgressReport report = progress.forCounty(p.county(), p.year());
        StreamingOutput body = out -> {
            try (Xlsx x = new Xlsx(out, Xlsx.header("sheet.progress"), COLUMNS)) {
                report.progress().forEach(g -> x.row(row(g)));
            }
        };
        return Tables.xlsx(body, "progress");
    }

    private static List<?> row(GoalProgress g) {
        Coverage c = g.coverage();
        return Arrays.asList(g.goalId(), g.countyCode(), g.indicator(), g.description(), g.targetType(),
                g.goalTargetValue(), g.baselineYear(), g.targetYear(), g.year(), g.baselineValue(), g.currentValue(),
                g.targetValue(), g.expectedValue(), g.achievedShare(), g.status(), c.reportingCompanies(),
                c.activeCompanies(), c.baselineReportingCompanies(), c.baselineActiveCompanies(),
                c.comparedCompanies(), StatusColumn.of(HIDEABLE, g.cellStatus()));
    }
}
