package se.asfregister.csr;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.company.CompanyPath;
import se.asfregister.csr.CollaborationRecords.CollaborationResponse;
import se.asfregister.web.Paged;
import se.asfregister.web.SortedPageParams;

/** The collaborations one company takes part in. */
@Path("/api/v1/companies/{id}/csr-collaborations")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyCollaborationsResource {

    @Inject
    CollaborationService collaborations;

    @GET
    public Paged<CollaborationResponse> list(@BeanParam CompanyPath company, @BeanParam SortedPageParams page) {
        return collaborations.ofCompany(company.companyId(), page.request(CollaborationService.SORTABLE, "id"));
    }
}
