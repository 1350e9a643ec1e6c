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
import java.util.Arrays;
import java.util.List;
import se.asfregister.activity.ActivityRecords.ActivityRequest;
import se.asfregister.activity.ActivityRecords.ActivityResponse;
import se.asfregister.common.VersionedResource;
import se.asfregister.report.StatusColumn;
import se.asfregister.web.Csv;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource extends VersionedResource<ActivityRequest, ActivityResponse> {

    private static final List<String> CSV_HEADER = List.of("id", "kind", "title", "date", "municipalityCode",
            "topics", "companyIds", "participantsWomen", "participantsMen", "participantsOther", "participantsTotal",
            "description", "version", "createdAt", "updatedAt", StatusColumn.NAME);

    private static final List<String> PARTICIPANTS = List.of("participants.women", "participants.men",
            "participants.other", "participants.total");

    @Inject
    ActivityService activities;

    public ActivityResource() {
        super("/api/v1/activities", "Activity");
    }

    @Override
    protected ActivityService service() {
        return activities;
    }

    @GET
    public Paged<ActivityResponse> list(@BeanParam ActivityFilter.Query query, @BeanParam PageParams page) {
        return page(activities, query, page);
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@BeanParam ActivityFilter.Query query, @Context HttpHeaders headers) {
        return Tables.response(headers, "activities", CSV_HEADER, all(activities, query),
                a -> Arrays.asList(a.id(), a.kind(), a.title(), a.date(),
                        a.municipalityCode(), a.topics(), a.companyIds(), StatusColumn.cell(a.participants().women()),
                        StatusColumn.cell(a.participants().men()), StatusColumn.cell(a.participants().other()),
                        StatusColumn.cell(a.participants().total()), a.description(), a.version(), a.createdAt(),
                        a.updatedAt(), StatusColumn.of(PARTICIPANTS, a.cellStatus())));
    }
}
