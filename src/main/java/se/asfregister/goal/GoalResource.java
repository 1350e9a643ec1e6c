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
import java.util.List;
import se.asfregister.common.ListedResource;
import se.asfregister.goal.GoalRecords.GoalRequest;
import se.asfregister.goal.GoalRecords.GoalResponse;
import se.asfregister.web.Column;
import se.asfregister.web.Csv;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Xlsx;

@Path("/api/v1/goals")
@Produces(MediaType.APPLICATION_JSON)
public class GoalResource extends ListedResource<GoalRequest, GoalResponse, GoalFilter> {

    private static final List<Column<GoalResponse>> COLUMNS = Column.components(GoalResponse.class);

    @Inject
    public GoalResource(GoalService goals) {
        super("Goal", goals);
    }

    @GET
    public Paged<GoalResponse> list(@BeanParam GoalFilter.Query query, @BeanParam PageParams page) {
        return page(query, page);
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@BeanParam GoalFilter.Query query, @Context HttpHeaders headers) {
        return table(query, headers, "goals", COLUMNS);
    }
}
