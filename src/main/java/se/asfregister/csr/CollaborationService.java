package se.asfregister.csr;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import se.asfregister.area.Municipality;
import se.asfregister.company.CompanyService;
import se.asfregister.csr.CollaborationRecords.CollaborationRequest;
import se.asfregister.csr.CollaborationRecords.CollaborationResponse;
import se.asfregister.common.VersionedCrud;
import se.asfregister.web.ApiException;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;

/** CSR collaborations: the rules for what makes one well-formed. */
@ApplicationScoped
public class CollaborationService extends VersionedCrud<CsrCollaboration, CollaborationRequest, CollaborationResponse> {

    @Inject
    CompanyService companies;

    /** API sort name → entity property. */
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "title", "title", "startDate", "startDate",
            "createdAt", "createdAt");

    public Paged<CollaborationResponse> list(CollaborationFilter filter, PageRequest page) {
        PanacheQuery<CsrCollaboration> q = CsrCollaboration.<CsrCollaboration>find(filter.query(), page.panacheSort(),
                filter.params()).page(page.panachePage());
        return Paged.of(q.list(), page, q.count(), CollaborationResponse::of);
    }

    /** Every match, for CSV export. */
    public List<CollaborationResponse> listAll(CollaborationFilter filter, PageRequest order) {
        return CsrCollaboration.<CsrCollaboration>find(filter.query(), order.panacheSort(), filter.params()).list()
                .stream().map(CollaborationResponse::of).toList();
    }

    /** The collaborations a company takes part in; 404 for an unknown company. */
    public Paged<CollaborationResponse> ofCompany(long companyId, PageRequest page) {
        companies.find(companyId);
        return list(CollaborationFilter.ofCompany(companyId), page);
    }

    @Override
    protected CsrCollaboration newEntity() {
        return new CsrCollaboration();
    }

    @Override
    protected CollaborationRequest requestOf(CsrCollaboration e) {
        return CollaborationRecords.requestOf(e);
    }

    @Override
    protected CollaborationResponse responseOf(CsrCollaboration e) {
        return CollaborationResponse.of(e);
    }

    @Override
    protected Class<CollaborationRequest> requestType() {
        return CollaborationRequest.class;
    }

    @Override
    public CsrCollaboration find(long id) {
        CsrCollaboration c = CsrCollaboration.findById(id);
        if (c == null) {
            throw ApiException.notFound("CSR collaboration", id);
        }
        return c;
    }

    @Override
    protected void apply(CsrCollaboration c, CollaborationRequest r) {
        if (r.endDate() != null && r.endDate().isBefore(r.startDate())) {
            throw ApiException.invalid("endDate", "must not be before startDate");
        }
        if (!Municipality.exists(r.municipalityCode())) {
            throw ApiException.invalid("municipalityCode", "no municipality has code " + r.municipalityCode());
        }
        CompanyLinks.replaceIfChanged(c.companyIds, CompanyLinks.checked("companyIds", r.companyIds()));
        c.title = r.title().trim();
        c.partnerName = r.partnerName().trim();
        c.partnerType = r.partnerType();
        c.kind = r.kind();
        c.municipalityCode = r.municipalityCode();
        c.startDate = r.startDate();
        c.endDate = r.endDate();
        c.status = r.status();
        c.valueSek = r.valueSek();
        c.description = r.description();
    }
}
