package se.asfregister.policy;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.asfregister.common.ListedResource;
import se.asfregister.policy.PolicyRecords.PolicyRequest;
import se.asfregister.policy.PolicyRecords.PolicyResponse;
import se.asfregister.web.Column;
import se.asfregister.web.Csv;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Xlsx;

@Path("/api/v1/municipal-policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource extends ListedResource<PolicyRequest, PolicyResponse, PolicyFilter> {

    private static final List<Column<PolicyResponse>> COLUMNS = Column.components(PolicyResponse.class);

    @Inject
    public PolicyResource(PolicyService policies) {
        super("Municipal policy", policies);
    }

    @GET
    public Paged<PolicyResponse> list(@BeanParam PolicyFilter.Query query, @BeanParam PageParams page) {
        return page(query, page);
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@BeanParam PolicyFilter.Query query, @Context HttpHeaders headers) {
        return table(query, headers, "municipal-policies", COLUMNS);
    }
}
