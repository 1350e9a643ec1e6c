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
import java.util.List;
import se.asfregister.common.ListedResource;
import se.asfregister.csr.CollaborationRecords.CollaborationRequest;
import se.asfregister.csr.CollaborationRecords.CollaborationResponse;
import se.asfregister.web.Column;
import se.asfregister.web.Csv;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Xlsx;

@Path("/api/v1/csr-collaborations")
@Produces(MediaType.APPLICATION_JSON)
public class CollaborationResource
        extends ListedResource<CollaborationRequest, CollaborationResponse, CollaborationFilter> {

    private static final List<Column<CollaborationResponse>> COLUMNS = Column.components(CollaborationResponse.class);

    @Inject
    public CollaborationResource(CollaborationService collaborations) {
        super("CSR collaboration", collaborations);
    }

    @GET
    public Paged<CollaborationResponse> list(@BeanParam CollaborationFilter.Query query, @BeanParam PageParams page) {
        return page(query, page);
    }

    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@BeanParam CollaborationFilter.Query query, @Context HttpHeaders headers) {
        return table(query, headers, "csr-collaborations", COLUMNS);
    }
}
