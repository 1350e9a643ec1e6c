package se.asfregister.policy;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import se.asfregister.web.PageRequest;
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
    public Paged<PolicyResponse> list(@BeanParam PolicyFilter.Query query, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return policies.list(query.filter(),
                PageRequest.parse(page, size, query.sort(), PolicyService.SORTABLE, "id"));
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@BeanParam PolicyFilter.Query query, @Context HttpHeaders headers) {
        List<PolicyResponse> rows = policies.listAll(query.filter(),
                PageRequest.parse(null, null, query.sort(), PolicyService.SORTABLE, "id"));
        return Tables.response(headers, "municipal-policies", CSV_HEADER, rows, p -> Arrays.asList(p.id(), p.municipalityCode(), p.title(), p.kind(),
                p.status(), p.adoptedOn(), p.validUntil(), p.documentUrl(), p.socialProcurement(), p.summary(),
                p.version(), p.createdAt(), p.updatedAt()));
    }
}
