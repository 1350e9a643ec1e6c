package se.asfregister.csr;

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
import se.asfregister.csr.CollaborationRecords.CollaborationRequest;
import se.asfregister.csr.CollaborationRecords.CollaborationResponse;
import se.asfregister.web.Csv;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

@Path("/api/v1/csr-collaborations")
@Produces(MediaType.APPLICATION_JSON)
public class CollaborationResource extends VersionedResource<CollaborationRequest, CollaborationResponse> {

    private static final List<String> CSV_HEADER = List.of("id", "title", "partnerName", "partnerType", "kind",
            "municipalityCode", "companyIds", "startDate", "endDate", "status", "valueSek", "description", "version",
            "createdAt", "updatedAt");

    @Inject
    CollaborationService collaborations;

    public CollaborationResource() {
        super("/api/v1/csr-collaborations", "CSR collaboration");
    }

    @Override
    protected CollaborationService service() {
        return collaborations;
    }

    @GET
    public Paged<CollaborationResponse> list(@BeanParam CollaborationFilter.Query query, @BeanParam PageParams page) {
        return page(collaborations, query, page);
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@BeanParam CollaborationFilter.Query query, @Context HttpHeaders headers) {
        return Tables.response(headers, "csr-collaborations", CSV_HEADER, all(collaborations, query),
                CollaborationResource::csvRow);
    }

    static List<?> csvRow(CollaborationResponse c) {
        return Arrays.asList(c.id(), c.title(), c.partnerName(), c.partnerType(), c.kind(), c.municipalityCode(),
                c.companyIds(), c.startDate(), c.endDate(), c.status(), c.valueSek(), c.description(), c.version(),
                c.createdAt(), c.updatedAt());
    }
}
