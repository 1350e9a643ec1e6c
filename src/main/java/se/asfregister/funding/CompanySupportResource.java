package se.asfregister.funding;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.company.CompanyPath;
import se.asfregister.funding.FundingRecords.SupportResponse;
import se.asfregister.web.Paged;
import se.asfregister.web.SortedPageParams;

/**
 * The support one company has received.
 * Who may read it is {@code security.AccessPolicy}'s: the path names the company.
 * One resource class per path: a class path ending in {@code /companies/{id}} would match every
 * {@code GET /companies/{id}} first and make the router start over for each of them.
 */
@Path("/api/v1/companies/{id}/support")
@Produces(MediaType.APPLICATION_JSON)
public class CompanySupportResource {

    @Inject
    SupportService support;

    @GET
    public Paged<SupportResponse> support(@BeanParam CompanyPath company, @BeanParam SortedPageParams page) {
        return support.ofCompany(company.companyId(), page.request(SupportService.SORTABLE, "id"));
    }
}
