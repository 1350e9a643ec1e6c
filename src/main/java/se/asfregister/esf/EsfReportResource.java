package se.asfregister.esf;

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
import java.util.List;
import java.util.Locale;
import se.asfregister.common.SwedishClock;
import se.asfregister.esf.EsfRecords.EsfReport;
import se.asfregister.esf.EsfRecords.IndicatorFigures;
import se.asfregister.report.StatusColumn;
import se.asfregister.report.Statistics;
import se.asfregister.web.ApiException;
import se.asfregister.web.Csv;
import se.asfregister.web.Languages;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

/** The ESF report of a year over a county, a project or the country: JSON, JSON-stat, CSV and Excel. */
@Path("/api/v1/reports/esf")
@Produces(MediaType.APPLICATION_JSON)
public class EsfReportResource {

    private static final List<String> COLUMNS = List.of("year", "area", "indicator", "code", "nameSv", "nameEn",
            "women", "men", "nonBinary", "total", StatusColumn.NAME);

    @Inject
    SwedishClock clock;

    @Inject
    EsfReportService reports;

    @GET
    public Response report(@QueryParam("year") String year, @QueryParam("county") String county,
            @QueryParam("project") String project, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean jsonStat = jsonStat(format);
        EsfReport r = reports.report(scope(year, county, project));
        if (!jsonStat) {
            return Response.ok(r).build();
        }
        Locale locale = Languages.preferred(headers);
        return Statistics.response(EsfStatistics.dataset(r, locale), locale);
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response table(@QueryParam("year") String year, @QueryParam("county") String county,
            @QueryParam("project") String project, @Context HttpHeaders headers) {
        EsfReport r = reports.report(scope(year, county, project));
        String area = r.county() != null ? r.county() : r.project() != null ? "project-" + r.project() : "SE";
        return Tables.response(headers, "esf-report", COLUMNS, r.indicators(), f -> row(r.year(), area, f));
    }

    private static List<Object> row(int year, String area, IndicatorFigures f) {
        List<Object> row = new ArrayList<>(List.of(year, area, f.key()));
        row.add(f.code() == null ? "" : f.code());
        row.add(f.nameSv());
        row.add(f.nameEn());
        for (String g : List.of("women", "men", "nonBinary", "total")) {
            row.add(StatusColumn.cell(EsfStatistics.value(f, g)));
        }
        row.add(String.join(";", f.status().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().code())
                .toList()));
        return row;
    }

    /** Every problem of the parameters at once, each naming its parameter. */
    private EsfScope scope(String year, String county, String project) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Integer y = collect(errors, () -> Params.optionalInt("year", year, SwedishClock.FIRST_YEAR, clock.year()));
        if (y == null && (year == null || year.isBlank())) {
            errors.add(new Problem.FieldError("year", "is required"));
        }
        String c = collect(errors, () -> Params.optionalCounty(county));
        Long p = collect(errors, () -> Params.optionalId("project", project));
        if (c != null && p != null) {
            errors.add(new Problem.FieldError("project", "give either county or project, not both"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new EsfScope(y, c, p);
    }

    private static <T> T collect(List<Problem.FieldError> errors, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ApiException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static boolean jsonStat(String format) {
        if (format == null || format.equals("json")) {
            return false;
        }
        if (format.equals("json-stat")) {
            return true;
        }
        throw ApiException.invalid("format", "must be one of json, json-stat");
    }
}
