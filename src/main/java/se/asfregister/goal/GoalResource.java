package se.asfregister.goal;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import se.asfregister.common.SwedishClock;
import se.asfregister.goal.GoalRecords.GoalRequest;
import se.asfregister.goal.GoalRecords.GoalResponse;
import se.asfregister.report.ProgressService;
import se.asfregister.report.ReportParams;
import se.asfregister.report.ReportRecords.GoalProgress;
import se.asfregister.web.Csv;
import se.asfregister.web.JsonBodies;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;
import se.asfregister.web.Responses;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

@Path("/api/v1/goals")
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource {

    private static final List<String> CSV_HEADER = List.of("id", "countyCode", "indicator", "baselineYear",
            "targetYear", "targetType", "targetValue", "description", "version", "createdAt", "updatedAt");

    @Inject
    GoalService goals;

    @Inject
    ProgressService progress;

    @Inject
    SwedishClock clock;

    @GET
    public Paged<GoalResponse> list(@QueryParam("county") String county, @QueryParam("indicator") String indicator,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return goals.list(Params.optionalCode("county", county, 2),
                Params.optionalEnum("indicator", indicator, Indicator.class),
                PageRequest.parse(page, size, sort, GoalService.SORTABLE, "id"));
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@QueryParam("county") String county, @QueryParam("indicator") String indicator,
            @QueryParam("sort") String sort, @Context HttpHeaders headers) {
        List<GoalResponse> rows = goals.listAll(Params.optionalCode("county", county, 2),
                Params.optionalEnum("indicator", indicator, Indicator.class),
                PageRequest.parse(null, null, sort, GoalService.SORTABLE, "id"));
        return Tables.response(headers, "goals", CSV_HEADER, rows, g -> Arrays.asList(g.id(), g.countyCode(), g.indicator(),
                g.baselineYear(), g.targetYear(), g.targetType(), g.targetValue(), g.description(),
                g.version(), g.createdAt(), g.updatedAt()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull GoalRequest body) {
        GoalResponse g = goals.create(body);
        return Responses.created(URI.create("/api/v1/goals/" + g.id()), g, g.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        GoalResponse g = goals.get(Params.pathId("Goal", id));
        return Responses.ok(g, g.version());
    }

    /** Progress lives with the reports (one reporting component); the path lives with the goal. */
    @GET
    @Path("/{id}/progress")
    public GoalProgress progress(@PathParam("id") String id, @QueryParam("year") String year) {
        long goalId = Params.pathId("Goal", id);
        return progress.forGoal(goalId, ReportParams.year(year, clock.year()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull GoalRequest body) {
        GoalResponse g = goals.replace(Params.pathId("Goal", id), body, ifMatch);
        return Responses.ok(g, g.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonBodies.MERGE_PATCH)
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        GoalResponse g = goals.patch(Params.pathId("Goal", id), body, ifMatch);
        return Responses.ok(g, g.version());
    }

    @DELETE
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        goals.delete(Params.pathId("Goal", id), ifMatch);
        return Response.noContent().build();
    }
}
