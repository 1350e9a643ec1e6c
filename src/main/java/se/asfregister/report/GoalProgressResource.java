package se.asfregister.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.common.SwedishClock;
import se.asfregister.report.ReportRecords.GoalProgress;
import se.asfregister.web.Params;

/**
 * One goal's progress. The path lives with the goal, the figures with the reports: this
 * resource sits in the report package so that the goal package needs nothing of it.
 */
@Path("/api/v1/goals/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
public class GoalProgressResource {

    @Inject
    ProgressService progress;

    @Inject
    SwedishClock clock;

    @GET
    public GoalProgress progress(@PathParam("id") String id, @QueryParam("year") String year) {
        long goalId = Params.pathId("Goal", id);
        return progress.forGoal(goalId, ReportParams.year(year, clock.year()));
    }
}
