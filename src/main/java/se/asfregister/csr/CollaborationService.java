package se.asfregister.csr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import se.asfregister.area.Municipality;
import se.asfregister.common.ListedCrud;
import se.asfregister.common.VersionedEntity;
import se.asfregister.company.CompanyLinks;
import se.asfregister.company.CompanyService;
import se.asfregister.csr.CollaborationRecords.CollaborationRequest;
import se.asfregister.csr.CollaborationRecords.CollaborationResponse;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Ranges;

/** CSR collaborations: the rules for what makes one well-formed. */
@ApplicationScoped
public class CollaborationService
        extends ListedCrud<CsrCollaboration, CollaborationRequest, CollaborationResponse, CollaborationFilter> {

    @Inject
    CompanyService companies;

    /** API sort name → entity property. */
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "title", "title", "startDate", "startDate",
            "createdAt", "createdAt");

    public CollaborationService() {
        super(CsrCollaboration.class, "CSR collaboration", CsrCollaboration::new, CollaborationRequest.class,
                CollaborationRecords::requestOf, SORTABLE, (q, s, p) -> CsrCollaboration.find(q, s, p));
    }

    /** The collaborations a company takes part in; 404 for an unknown company. */
    public Paged<CollaborationResponse> ofCompany(long companyId, PageRequest page) {
        companies.requireExists(companyId);
        return list(CollaborationFilter.ofCompany(companyId), page);
    }

    @Override
    protected CollaborationResponse responseOf(CsrCollaboration e) {
        return CollaborationResponse.of(e);
    }

    @Override
    protected void apply(CsrCollaboration c, CollaborationRequest r) {
        Ranges.requireOrdered("startDate", r.startDate(), "endDate", r.endDate());
        Municipality.requireKnown(r.municipalityCode());
        VersionedEntity.replaceIfChanged(c.companyIds, CompanyLinks.checked("companyIds", r.companyIds()));
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
