package se.asfregister.offering;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.asfregister.common.VersionedResource;
import se.asfregister.offering.OfferingRecords.OfferingRequest;
import se.asfregister.offering.OfferingRecords.OfferingResponse;
import se.asfregister.offering.SearchRecords.SearchPage;
import se.asfregister.web.Csv;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.PageParams;
import se.asfregister.web.Params;
import se.asfregister.web.Responses;

/** The directory of what the ASF sell: search for anyone, upkeep by each company's reporters. */
@Path("/api/v1/offerings")
@Produces(MediaType.APPLICATION_JSON)
public class OfferingResource extends VersionedResource<OfferingRequest, OfferingResponse> {

    private static final List<String> CSV_HEADER = List.of("id", "companyId", "companyName", "titleSv", "titleEn",
            "descriptionSv", "descriptionEn", "cpvCode", "cpvDivision", "municipalityCodes", "priceModel",
            "contactEmail", "contactPhone", "contactUrl", "version", "createdAt", "updatedAt", "verifiedAt", "verifiedBy",
            "stale");

    /** Hits come in relevance order; there is nothing to sort by. */
    private static final Map<String, String> ORDER = Map.of("relevance", "relevance");

    @Inject
    OfferingService offerings;

    @Inject
    OfferingSearch search;

    @Inject
    HsdsExport hsds;

    public OfferingResource() {
        super("/api/v1/offerings", "Offering");
    }

    @Override
    protected OfferingService service() {
        return offerings;
    }

    @GET
    public SearchPage list(@BeanParam OfferingFilter.Query query, @BeanParam PageParams page) {
        return search.search(query.filter(), page.request(null, ORDER, "relevance"));
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    public Response listCsv(@BeanParam OfferingFilter.Query query) {
        List<OfferingResponse> rows = search.searchAll(query.filter());
        return Csv.response(CSV_HEADER, rows, o -> Arrays.asList(o.id(), o.companyId(), o.companyName(), o.titleSv(),
                o.titleEn(), o.descriptionSv(), o.descriptionEn(), o.cpvCode(), o.cpvDivision(),
                String.join(" ", o.municipalityCodes()), o.priceModel(), o.contactEmail(), o.contactPhone(),
                o.contactUrl(), o.version(), o.createdAt(), o.updatedAt(), o.verifiedAt(), o.verifiedBy(), o.stale()));
    }

    /** The same search as Open Referral HSDS services, for directories that read that standard. */
    @GET
    @Path("/hsds")
    public HsdsRecords.Page hsds(@BeanParam OfferingFilter.Query query, @BeanParam PageParams page) {
        return hsds.page(search.search(query.filter(), page.request(null, ORDER, "relevance")));
    }

    @POST
    @Path("/{id}/verify")
    public Response verify(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        OfferingResponse o = offerings.verify(Params.pathId("Offering", id), ExpectedVersion.ofIfMatch(ifMatch));
        return Responses.ok(o, o.version());
    }
}
