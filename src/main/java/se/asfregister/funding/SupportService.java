package se.asfregister.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import se.asfregister.funding.FundingRecords.SupportRequest;
import se.asfregister.funding.FundingRecords.SupportResponse;
import se.asfregister.web.ApiException;

/**
 * Support a company received: not public (a single company's amounts); written by ADMIN and the
 * company's reporters. De minimis aid must fit under the ceiling ({@link DeMinimisService}).
 */
@ApplicationScoped
public class SupportService extends CompanyRowCrud<CompanySupport, SupportRequest, SupportResponse> {

    public static final Map<String, String> SORTABLE = Map.of("id", "id", "grantedOn", "grantedOn", "amountSek",
            "amountSek");

    @Inject
    DeMinimisService deMinimis;

    public SupportService() {
        super(CompanySupport.class, "Support", CompanySupport::new, SupportRequest.class,
                SupportRequest::of, row -> row.companyId, false, (q, s, p) -> CompanySupport.find(q, s, p));
    }

    @Override
    protected void apply(CompanySupport s, SupportRequest r) {
        rows.checkWrite(s.companyId, r.companyId());
        if (r.deMinimis() && r.sekPerEur() == null) {
            throw ApiException.invalid("sekPerEur",
                    "give the SEK for one EUR on grantedOn: the de minimis ceiling is counted in EUR");
        }
        if (r.deMinimis()) {
            deMinimis.checkCeiling(s.id, r);
        }
        s.companyId = r.companyId();
        s.kind = r.kind();
        s.source = r.source().strip();
        s.programme = FundingApplicationService.blankToNull(r.programme());
        s.amountSek = r.amountSek();
        s.grantedOn = r.grantedOn();
        s.deMinimis = r.deMinimis();
        s.sekPerEur = r.sekPerEur();
    }

    @Override
    protected SupportResponse responseOf(CompanySupport s) {
        return SupportResponse.of(s);
    }
}
