package se.asfregister.activity;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.activity.ActivityRecords.ActivityResponse;
import se.asfregister.company.CompanyPath;
import se.asfregister.web.Paged;
import se.asfregister.web.SortedPageParams;

/** The activities one company attended. */
@Path("/api/v1/companies/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyActivitiesResource {

    @Inject
    ActivityService activities;

    @GET
    public Paged<ActivityResponse> list(@BeanParam CompanyPath company, @BeanParam SortedPageParams page) {
        return activities.ofCompany(company.companyId(), page.request(ActivityService.SORTABLE, "id"));
    }
}
