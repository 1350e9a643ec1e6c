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
import java.util.Arrays;
import java.util.List;
import se.asfregister.common.VersionedResource;
import se.asfregister.policy.PolicyRecords.PolicyRequest;
import se.asfregister.policy.PolicyRecords.PolicyResponse;
import se.asfregister.web.Csv;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

@Path("/api/v1/municipal-policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource extends VersionedResource<PolicyRequest, PolicyResponse> {

    private static final List<String> CSV_HEADER = List.of("id", "municipalityCode", "title", "kind", "status",
            "adoptedOn", "validUntil", "documentUrl", "socialProcurement", "summary", "version", "createdAt",
            "updatedAt");

    @Inject
    PolicyService policies;

    public PolicyResource() {
        super("/api/v1/municipal-policies", "Municipal policy");
    }

    @Override
    protected PolicyService service() {
        return policies;
    }

    @GET
    public Paged<PolicyResponse> list(@BeanParam PolicyFilter.Query query, @BeanParam PageParams page) {
        return page(policies, query, page);
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@BeanParam PolicyFilter.Query query, @Context HttpHeaders headers) {
        return Tables.response(headers, "municipal-policies", CSV_HEADER, all(policies, query),
                p -> Arrays.asList(p.id(), p.municipalityCode(), p.title(), p.kind(),
                        p.status(), p.adoptedOn(), p.validUntil(), p.documentUrl(), p.socialProcurement(), p.summary(),
                        p.version(), p.createdAt(), p.updatedAt()));
    }
}
