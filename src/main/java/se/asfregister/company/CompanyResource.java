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
import java.util.Arrays;
import java.util.List;
import se.asfregister.common.VersionedResource;
import se.asfregister.company.CompanyRecords.CompanyRequest;
import se.asfregister.company.CompanyRecords.CompanyResponse;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.Csv;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.PageParams;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;
import se.asfregister.web.Responses;
import se.asfregister.web.Tables;
import se.asfregister.web.Xlsx;

@Path("/api/v1/companies")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource extends VersionedResource<CompanyRequest, CompanyResponse> {

    private static final List<String> CSV_HEADER = List.of("id", "organisationNumber", "name", "legalForm",
            "municipalityCode", "status", "meetsAsfCriteria", "sellsGoodsOrServices", "integrationPurpose",
            "employeeParticipation", "reinvestsProfits", "independentOfPublicSector", "address", "website",
            "industries", "foundedOn", "createdAt", "updatedAt");

    @Inject
    CompanyService companies;

    @Inject
    CompanyAccess access;

    public CompanyResource() {
        super("/api/v1/companies", "Company");
    }

    @Override
    protected CompanyService service() {
        return companies;
    }

    @GET
    public Paged<CompanyResponse> list(@BeanParam CompanyFilter.Query query, @BeanParam PageParams page) {
        return page(companies, query, page);
    }

    /** CSV export: every matching company (filters and sort apply, paging does not). */
    @GET
    @Produces({Csv.MEDIA_TYPE, Xlsx.MEDIA_TYPE})
    public Response listCsv(@BeanParam CompanyFilter.Query query, @Context HttpHeaders headers) {
        return Tables.response(headers, "companies", CSV_HEADER, all(companies, query), c -> Arrays.asList(c.id(),
                c.organisationNumber(), c.name(),
                c.legalForm(), c.municipalityCode(), c.status(), c.meetsAsfCriteria(),
                c.criteria().sellsGoodsOrServices(), c.criteria().integrationPurpose(),
                c.criteria().employeeParticipation(), c.criteria().reinvestsProfits(),
                c.criteria().independentOfPublicSector(), c.address(), c.website(), c.industries(), c.foundedOn(),
                c.createdAt(), c.updatedAt()));
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
