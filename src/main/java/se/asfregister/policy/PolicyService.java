package se.asfregister.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.stream.Collectors;
import se.asfregister.area.Municipality;
import se.asfregister.common.ListedCrud;
import se.asfregister.policy.PolicyRecords.PolicyRequest;
import se.asfregister.policy.PolicyRecords.PolicyResponse;
import se.asfregister.web.ApiException;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Ranges;

/** Municipal policies: the rules for what makes one well-formed. */
@ApplicationScoped
public class PolicyService extends ListedCrud<MunicipalPolicy, PolicyRequest, PolicyResponse, PolicyFilter> {

    /** API sort name → entity property. */
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "title", "title", "adoptedOn", "adoptedOn",
            "createdAt", "createdAt");

    public PolicyService() {
        super(MunicipalPolicy.class, "Municipal policy", MunicipalPolicy::new, PolicyRequest.class,
                PolicyRecords::requestOf, SORTABLE, (q, s, p) -> MunicipalPolicy.find(q, s, p));
    }

    /** The policies of one municipality; 404 for an unknown municipality. */
    public Paged<PolicyResponse> ofMunicipality(String code, PageRequest page) {
        if (code == null || !code.matches("\\d{4}") || !Municipality.exists(code)) {
            throw ApiException.notFound("Municipality", Params.clip(String.valueOf(code)));
        }
        return list(PolicyFilter.ofMunicipality(code), page);
    }

    @Override
    protected PolicyResponse responseOf(MunicipalPolicy e) {
        return PolicyResponse.of(e);
    }

    @Override
    protected void apply(MunicipalPolicy p, PolicyRequest r) {
        if (PolicyStatus.IN_FORCE.contains(r.status()) && r.adoptedOn() == null) {
            throw ApiException.invalid("adoptedOn", "is required when status is "
                    + PolicyStatus.IN_FORCE.stream().map(String::valueOf).collect(Collectors.joining(" or ")));
        }
        Ranges.requireOrdered("adoptedOn", r.adoptedOn(), "validUntil", r.validUntil());
        Municipality.requireKnown(r.municipalityCode());
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
