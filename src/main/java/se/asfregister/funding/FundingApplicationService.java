package se.asfregister.funding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import se.asfregister.funding.FundingRecords.ApplicationRequest;
import se.asfregister.funding.FundingRecords.ApplicationResponse;

/** A company's applications for financing: not public; written by ADMIN and the company's reporters. */
@ApplicationScoped
public class FundingApplicationService
        extends CompanyRowCrud<FundingApplication, ApplicationRequest, ApplicationResponse> {

    public static final Map<String, String> SORTABLE = Map.of("id", "id", "appliedOn", "appliedOn", "amountSek",
            "amountSek");

    public FundingApplicationService() {
        super(FundingApplication.class, "Funding application", FundingApplication::new, ApplicationRequest.class,
                ApplicationRequest::of, row -> row.companyId, false, (q, s, p) -> FundingApplication.find(q, s, p));
    }

    @Override
    protected void apply(FundingApplication a, ApplicationRequest r) {
        rows.checkWrite(a.companyId, r.companyId());
        a.companyId = r.companyId();
        a.source = r.source().strip();
        a.programme = blankToNull(r.programme());
        a.amountSek = r.amountSek();
        a.appliedOn = r.appliedOn();
        a.status = r.status();
    }

    @Override
    protected ApplicationResponse responseOf(FundingApplication a) {
        return ApplicationResponse.of(a);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
