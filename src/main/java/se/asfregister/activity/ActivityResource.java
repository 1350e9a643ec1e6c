package se.asfregister.activity;

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
import se.asfregister.activity.ActivityRecords.ActivityRequest;
import se.asfregister.activity.ActivityRecords.ActivityResponse;
import se.asfregister.common.ListedResource;
import se.asfregister.report.StatusColumn;
import se.asfregister.web.Column;
import se.asfregister.web.Csv;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Xlsx;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource extends ListedResource<ActivityRequest, ActivityResponse, ActivityFilter> {

    /** The figures that may be hidden, in column order, for the status column. */
    private static final List<String> PARTICIPANTS = List.of("participants.women", "participants.men",
            "participants.other", "participants.total");

    private static final List<Column<ActivityResponse>> COLUMNS = List.of(
            Column.of("id", ActivityResponse::id),
            Column.of("kind", ActivityResponse::kind),
            Column.of("title", ActivityResponse::title),
            Column.of("date", ActivityResponse::date),
            Column.of("municipalityCode", ActivityResponse::municipalityCode),
            Column.of("topics", ActivityResponse::topics),
            Column.of("companyIds", ActivityResponse::companyIds),
            Column.of("participantsWomen", a -> StatusColumn.cell(a.participants().women())),
            Column.of("participantsMen", a -> StatusColumn.cell(a.participants().men())),
            Column.of("participantsOther", a -> StatusColumn.cell(a.participants().other())),
            Column.of("participantsTotal", a -> StatusColumn.cell(a.participants().total())),
            Column.of("description", ActivityResponse::description),
            Column.of("projectId", ActivityResponse::projectId),
            Column.of("version", ActivityResponse::version),
            Column.of("createdAt", ActivityResponse::createdAt),
            Column.of("updatedAt", ActivityResponse::updatedAt),
            Column.of(StatusColumn.NAME, a -> StatusColumn.of(PARTICIPANTS, a.cellStatus())));

    @Inject
    public ActivityResource(ActivityService activities) {
        super("Activity", activities);
    }

    @GET
    public Paged<ActivityResponse> list(@BeanParam ActivityFilter.Query query, @BeanParam PageParams page) {
        return page(query, page);
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@BeanParam ActivityFilter.Query query, @Context HttpHeaders headers) {
        return table(query, headers, "activities", COLUMNS);
    }
}
