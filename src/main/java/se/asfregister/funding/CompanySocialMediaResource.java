package se.asfregister.funding;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.company.CompanyPath;
import se.asfregister.funding.FundingRecords.AccountResponse;
import se.asfregister.web.Paged;
import se.asfregister.web.SortedPageParams;

/**
 * One company's social media accounts.
 * Who may read it is {@code security.AccessPolicy}'s: the path names the company.
 * One resource class per path: a class path ending in {@code /companies/{id}} would match every
 * {@code GET /companies/{id}} first and make the router start over for each of them.
 */
@Path("/api/v1/companies/{id}/social-media-accounts")
@Produces(MediaType.APPLICATION_JSON)
public class CompanySocialMediaResource {

    @Inject
    SocialMediaService accounts;

    @GET
    public Paged<AccountResponse> accounts(@BeanParam CompanyPath company, @BeanParam SortedPageParams page) {
        return accounts.ofCompany(company.companyId(), page.request(SocialMediaService.SORTABLE, "id"));
    }
}
