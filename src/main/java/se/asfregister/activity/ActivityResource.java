package se.asfregister.activity;

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
import se.asfregister.activity.ActivityRecords.ActivityRequest;
import se.asfregister.activity.ActivityRecords.ActivityResponse;
import se.asfregister.report.StatusColumn;
import se.asfregister.web.Csv;
import se.asfregister.web.JsonBodies;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;
import se.asfregister.web.Responses;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    private static final List<String> CSV_HEADER = List.of("id", "kind", "title", "date", "municipalityCode",
            "topics", "companyIds", "participantsWomen", "participantsMen", "participantsOther", "participantsTotal",
            "description", "version", "createdAt", "updatedAt", StatusColumn.NAME);

    private static final List<String> PARTICIPANTS = List.of("participants.women", "participants.men",
            "participants.other", "participants.total");

    @Inject
    ActivityService activities;

    @GET
    public Paged<ActivityResponse> list(@QueryParam("municipality") String municipality,
            @QueryParam("county") String county, @QueryParam("kind") String kind,
            @QueryParam("companyId") String companyId, @QueryParam("topic") String topic,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return activities.list(ActivityFilter.parse(municipality, county, kind, companyId, topic, from, to),
                PageRequest.parse(page, size, sort, ActivityService.SORTABLE, "id"));
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@QueryParam("municipality") String municipality, @QueryParam("county") String county,
            @QueryParam("kind") String kind, @QueryParam("companyId") String companyId,
            @QueryParam("topic") String topic, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sort") String sort, @Context HttpHeaders headers) {
        List<ActivityResponse> rows = activities.listAll(
                ActivityFilter.parse(municipality, county, kind, companyId, topic, from, to),
                PageRequest.parse(null, null, sort, ActivityService.SORTABLE, "id"));
        return Tables.response(headers, "activities", CSV_HEADER, rows, a -> Arrays.asList(a.id(), a.kind(), a.title(), a.date(),
                a.municipalityCode(), a.topics(), a.companyIds(), StatusColumn.cell(a.participants().women()),
                StatusColumn.cell(a.participants().men()), StatusColumn.cell(a.participants().other()),
                StatusColumn.cell(a.participants().total()), a.description(), a.version(), a.createdAt(),
                a.updatedAt(), StatusColumn.of(PARTICIPANTS, a.cellStatus())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ActivityRequest body) {
        ActivityResponse a = activities.create(body);
        return Responses.created(URI.create("/api/v1/activities/" + a.id()), a, a.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        ActivityResponse a = activities.get(Params.pathId("Activity", id));
        return Responses.ok(a, a.version());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActivityRequest body) {
        ActivityResponse a = activities.replace(Params.pathId("Activity", id), body, ifMatch);
        return Responses.ok(a, a.version());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(JsonBodies.MERGE_PATCH)
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) {
        ActivityResponse a = activities.patch(Params.pathId("Activity", id), body, ifMatch);
        return Responses.ok(a, a.version());
    }

    /** 204 has no body: a client that only accepts problem+json (for the errors) must not get a 406. */
    @DELETE
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        activities.delete(Params.pathId("Activity", id), ifMatch);
        return Response.noContent().build();
    }
}
