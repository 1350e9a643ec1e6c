package se.asfregister.funding;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import se.asfregister.common.SwedishClock;
import se.asfregister.funding.FundingRecords.AccountResponse;
import se.asfregister.funding.FundingRecords.ApplicationResponse;
import se.asfregister.funding.FundingRecords.SupportResponse;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;

/**
 * One company's applications, support and social media accounts, and its room for de minimis
 * aid. Who may read which is {@code security.AccessPolicy}'s: the path names the company.
 */
@Path("/api/v1/companies/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyFundingResource {

    @Inject
    FundingApplicationService applications;

    @Inject
    SupportService support;

    @Inject
    SocialMediaService accounts;

    @Inject
    DeMinimisService deMinimis;

    @Inject
    SwedishClock clock;

    @GET
    @Path("/funding-applications")
    public Paged<ApplicationResponse> applications(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return applications.ofCompany(companyId(id),
                PageRequest.parse(page, size, sort, FundingApplicationService.SORTABLE, "id"));
    }

    @GET
    @Path("/support")
    public Paged<SupportResponse> support(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return support.ofCompany(companyId(id), PageRequest.parse(page, size, sort, SupportService.SORTABLE, "id"));
    }

    @GET
    @Path("/social-media-accounts")
    public Paged<AccountResponse> accounts(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return accounts.ofCompany(companyId(id),
                PageRequest.parse(page, size, sort, SocialMediaService.SORTABLE, "id"));
    }

    /** The room on {@code date} (today in Sweden when absent). */
    @GET
    @Path("/de-minimis")
    public DeMinimisService.Room deMinimis(@PathParam("id") String id, @QueryParam("date") String date) {
        LocalDate day = Params.optionalDate("date", date);
        return deMinimis.room(companyId(id), day == null ? clock.today() : day);
    }

    private static long companyId(String id) {
        return Params.pathId("Company", id);
    }
}
