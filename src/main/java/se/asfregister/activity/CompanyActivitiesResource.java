package se.asfregister.activity;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.activity.ActivityRecords.ActivityResponse;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;

/** The activities one company attended. */
@Path("/api/v1/companies/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyActivitiesResource {

    @Inject
    ActivityService activities;

    @GET
    public Paged<ActivityResponse> list(@PathParam("id") String id,
            @BeanParam PageParams page, @QueryParam("sort") String sort) {
        long companyId = Params.pathId("Company", id);
        return activities.ofCompany(companyId,
                page.request(sort, ActivityService.SORTABLE, "id"));
    }
}
