package se.asfregister.policy;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.asfregister.policy.PolicyRecords.PolicyResponse;
import se.asfregister.web.Paged;
import se.asfregister.web.SortedPageParams;

/** The policies of one municipality. */
@Path("/api/v1/municipalities/{code}/policies")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityPoliciesResource {

    @Inject
    PolicyService policies;

    @GET
    public Paged<PolicyResponse> list(@PathParam("code") String code, @BeanParam SortedPageParams page) {
        return policies.ofMunicipality(code, page.request(PolicyService.SORTABLE, "id"));
    }
}
