package se.asfregister.company;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import se.asfregister.common.ListedResource;
import se.asfregister.company.CompanyRecords.CompanyRequest;
import se.asfregister.company.CompanyRecords.CompanyResponse;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.Column;
import se.asfregister.web.Csv;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;
import se.asfregister.web.Responses;
import se.asfregister.web.Xlsx;

@Path("/api/v1/companies")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource extends ListedResource<CompanyRequest, CompanyResponse, CompanyFilter> {

    private static final List<Column<CompanyResponse>> COLUMNS = List.of(
            Column.of("id", CompanyResponse::id),
            Column.of("organisationNumber", CompanyResponse::organisationNumber),
            Column.of("name", CompanyResponse::name),
            Column.of("legalForm", CompanyResponse::legalForm),
            Column.of("municipalityCode", CompanyResponse::municipalityCode),
            Column.of("status", CompanyResponse::status),
            Column.of("meetsAsfCriteria", CompanyResponse::meetsAsfCriteria),
            Column.of("sellsGoodsOrServices", c -> c.criteria().sellsGoodsOrServices()),
            Column.of("integrationPurpose", c -> c.criteria().integrationPurpose()),
            Column.of("employeeParticipation", c -> c.criteria().employeeParticipation()),
            Column.of("reinvestsProfits", c -> c.criteria().reinvestsProfits()),
            Column.of("independentOfPublicSector", c -> c.criteria().independentOfPublicSector()),
            Column.of("address", CompanyResponse::address),
            Column.of("website", CompanyResponse::website),
            Column.of("industries", CompanyResponse::industries),
            Column.of("foundedOn", CompanyResponse::foundedOn),
            Column.of("createdAt", CompanyResponse::createdAt),
            Column.of("updatedAt", CompanyResponse::updatedAt));

    private final CompanyService companies;

    @Inject
    CompanyAccess access;

    @Inject
    public CompanyResource(CompanyService companies) {
        super("Company", companies);
        this.companies = companies;
    }

    @GET
    public Paged<CompanyResponse> list(@BeanParam CompanyFilter.Query query, @BeanParam PageParams page) {
        return page(query, page);
    }

    /** The most frequent read: JSON written once per kept response and kind of caller (docs/performance.md). */
    @GET
    @Path("/{id}")
    @Override
    public RestResponse<byte[]> get(@PathParam("id") String id) {
        long companyId = id(id);
        KeptResponses.Kept kept = companies.kept(companyId);
        return Responses.okTyped(kept.json(access.canSeePersonalData(companyId)), kept.response().version());
    }

    /** CSV export: every matching company (filters and sort apply, paging does not). */
    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@BeanParam CompanyFilter.Query query, @Context HttpHeaders headers) {
        return table(query, headers, "companies", COLUMNS);
    }

    /** The caller confirms that the company's record is still right; only a real change moves the ETag. */
    @POST
    @Path("/{id}/verify")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response verify(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CompanyResponse c = companies.verify(Params.pathId("Company", id), ExpectedVersion.ofIfMatch(ifMatch));
        return Responses.ok(visible(c), c.version());
    }

    /** Contact and a sole trader's personal identity number only for callers allowed to see this company's personal data. */
    @Override
    protected CompanyResponse visible(CompanyResponse c) {
        return access.canSeePersonalData(c.id()) ? c : c.withoutPersonalData();
    }
}
