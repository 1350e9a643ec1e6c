package se.asfregister.goal;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import se.asfregister.common.VersionedResource;
import se.asfregister.goal.GoalRecords.GoalRequest;
import se.asfregister.goal.GoalRecords.GoalResponse;
import se.asfregister.web.Csv;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

@Path("/api/v1/goals")
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource extends VersionedResource<GoalRequest, GoalResponse> {

    private static final List<String> CSV_HEADER = List.of("id", "countyCode", "indicator", "baselineYear",
            "targetYear", "targetType", "targetValue", "description", "version", "createdAt", "updatedAt");

    @Inject
    GoalService goals;

    public GoalResource() {
        super("/api/v1/goals", "Goal");
    }

    @Override
    protected GoalService service() {
        return goals;
    }

    @GET
    public Paged<GoalResponse> list(@BeanParam GoalFilter.Query query, @BeanParam PageParams page) {
        return page(goals, query, page);
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@BeanParam GoalFilter.Query query, @Context HttpHeaders headers) {
        return Tables.response(headers, "goals", CSV_HEADER, all(goals, query),
                g -> Arrays.asList(g.id(), g.countyCode(), g.indicator(),
                        g.baselineYear(), g.targetYear(), g.targetType(), g.targetValue(), g.description(),
                        g.version(), g.createdAt(), g.updatedAt()));
    }
}
