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
import java.util.List;
import java.util.Map;
import se.asfregister.common.VersionedResource;
import se.asfregister.offering.OfferingRecords.OfferingRequest;
import se.asfregister.offering.OfferingRecords.OfferingResponse;
import se.asfregister.offering.SearchRecords.SearchPage;
import se.asfregister.web.Column;
import se.asfregister.web.Csv;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.PageParams;
import se.asfregister.web.Params;
import se.asfregister.web.Responses;

/** The directory of what the ASF sell: search for anyone, upkeep by each company's reporters. */
@Path("/api/v1/offerings")
@Produces(MediaType.APPLICATION_JSON)
public class OfferingResource extends VersionedResource<OfferingRequest, OfferingResponse> {

    private static final List<Column<OfferingResponse>> COLUMNS = List.of(
            Column.of("id", OfferingResponse::id),
            Column.of("companyId", OfferingResponse::companyId),
            Column.of("companyName", OfferingResponse::companyName),
            Column.of("titleSv", OfferingResponse::titleSv),
            Column.of("titleEn", OfferingResponse::titleEn),
            Column.of("descriptionSv", OfferingResponse::descriptionSv),
            Column.of("descriptionEn", OfferingResponse::descriptionEn),
            Column.of("cpvCode", OfferingResponse::cpvCode),
            Column.of("cpvDivision", OfferingResponse::cpvDivision),
            Column.of("municipalityCodes", o -> String.join(" ", o.municipalityCodes())),
            Column.of("priceModel", OfferingResponse::priceModel),
            Column.of("contactEmail", OfferingResponse::contactEmail),
            Column.of("contactPhone", OfferingResponse::contactPhone),
            Column.of("contactUrl", OfferingResponse::contactUrl),
            Column.of("version", OfferingResponse::version),
            Column.of("createdAt", OfferingResponse::createdAt),
            Column.of("updatedAt", OfferingResponse::updatedAt),
            Column.of("verifiedAt", OfferingResponse::verifiedAt),
            Column.of("verifiedBy", OfferingResponse::verifiedBy),
            Column.of("stale", OfferingResponse::stale));

    /** Hits come in relevance order; there is nothing to sort by. */
    private static final Map<String, String> ORDER = Map.of("relevance", "relevance");

    private final OfferingService offerings;

    @Inject
    OfferingSearch search;

    @Inject
    HsdsExport hsds;

    @Inject
    public OfferingResource(OfferingService offerings) {
        super("Offering", offerings);
        this.offerings = offerings;
    }

    @GET
    public SearchPage list(@BeanParam OfferingFilter.Query query, @BeanParam PageParams page) {
        return search.search(query.filter(), page.request(null, ORDER, "relevance"));
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    public Response listCsv(@BeanParam OfferingFilter.Query query) {
        return Csv.response(COLUMNS, search.searchAll(query.filter()));
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
