package se.asfregister.policy;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import se.asfregister.area.Municipality;
import se.asfregister.policy.PolicyRecords.PolicyRequest;
import se.asfregister.policy.PolicyRecords.PolicyResponse;
import se.asfregister.common.VersionedCrud;
import se.asfregister.web.ApiException;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;

/** Municipal policies: the rules for what makes one well-formed. */
@ApplicationScoped
public class PolicyService extends VersionedCrud<MunicipalPolicy, PolicyRequest, PolicyResponse> {

    /** API sort name → entity property. */
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "title", "title", "adoptedOn", "adoptedOn",
            "createdAt", "createdAt");

    public Paged<PolicyResponse> list(PolicyFilter filter, PageRequest page) {
        PanacheQuery<MunicipalPolicy> q = MunicipalPolicy.<MunicipalPolicy>find(filter.query(), page.panacheSort(),
                filter.params()).page(page.panachePage());
        return Paged.of(q.list(), page, q.count(), PolicyResponse::of);
    }

    /** Every match, for CSV export. */
    public List<PolicyResponse> listAll(PolicyFilter filter, PageRequest order) {
        return MunicipalPolicy.<MunicipalPolicy>find(filter.query(), order.panacheSort(), filter.params()).list()
                .stream().map(PolicyResponse::of).toList();
    }

    /** The policies of one municipality; 404 for an unknown municipality. */
    public Paged<PolicyResponse> ofMunicipality(String code, PageRequest page) {
        if (code == null || !code.matches("\\d{4}") || !Municipality.exists(code)) {
            throw ApiException.notFound("Municipality", Params.clip(String.valueOf(code)));
        }
        return list(PolicyFilter.ofMunicipality(code), page);
    }

    @Override
    protected MunicipalPolicy newEntity() {
        return new MunicipalPolicy();
    }

    @Override
    protected PolicyRequest requestOf(MunicipalPolicy e) {
        return PolicyRecords.requestOf(e);
    }

    @Override
    protected PolicyResponse responseOf(MunicipalPolicy e) {
        return PolicyResponse.of(e);
    }

    @Override
    protected Class<PolicyRequest> requestType() {
        return PolicyRequest.class;
    }

    @Override
    public MunicipalPolicy find(long id) {
        MunicipalPolicy p = MunicipalPolicy.findById(id);
        if (p == null) {
            throw ApiException.notFound("Municipal policy", id);
        }
        return p;
    }

    @Override
    protected void apply(MunicipalPolicy p, PolicyRequest r) {
        boolean inForceStatus = r.status() == PolicyStatus.ADOPTED || r.status() == PolicyStatus.REVISED;
        if (inForceStatus && r.adoptedOn() == null) {
            throw ApiException.invalid("adoptedOn", "is required when status is ADOPTED or REVISED");
        }
        if (r.adoptedOn() != null && r.validUntil() != null && r.validUntil().isBefore(r.adoptedOn())) {
            throw ApiException.invalid("validUntil", "must not be before adoptedOn");
        }
        if (!Municipality.exists(r.municipalityCode())) {
            throw ApiException.invalid("municipalityCode", "no municipality has code " + r.municipalityCode());
        }
        p.municipalityCode = r.municipalityCode();
        p.title = r.title().trim();
        p.kind = r.kind();
        p.status = r.status();
        p.adoptedOn = r.adoptedOn();
        p.validUntil = r.validUntil();
        p.documentUrl = r.documentUrl();
        p.socialProcurement = Boolean.TRUE.equals(r.socialProcurement());
        p.summary = r.summary();
    }
}
