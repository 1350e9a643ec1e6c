package se.asfregister.csr;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.csr.CollaborationRecords.CollaborationResponse;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;

/** The collaborations one company takes part in. */
@Path("/api/v1/companies/{id}/csr-collaborations")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyCollaborationsResource {

    @Inject
    CollaborationService collaborations;

    @GET
    public Paged<CollaborationResponse> list(@PathParam("id") String id,
            @BeanParam PageParams page, @QueryParam("sort") String sort) {
        long companyId = Params.pathId("Company", id);
        return collaborations.ofCompany(companyId,
                page.request(sort, CollaborationService.SORTABLE, "id"));
    }
}
