package se.asfregister.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import se.asfregister.common.VersionedCrud;
import se.asfregister.funding.FundingRecords.ApplicationRequest;
import se.asfregister.funding.FundingRecords.ApplicationResponse;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;

/** A company's applications for financing: not public; written by ADMIN and the company's reporters. */
@ApplicationScoped
public class FundingApplicationService
        extends VersionedCrud<FundingApplication, ApplicationRequest, ApplicationResponse> {

    public static final Map<String, String> SORTABLE = Map.of("id", "id", "appliedOn", "appliedOn", "amountSek",
            "amountSek");

    @Inject
    CompanyRows rows;

    @Inject
    CompanyAccess access;

    public FundingApplicationService() {
        super(FundingApplication.class, "Funding application", FundingApplication::new, ApplicationRequest.class);
    }

    public Paged<ApplicationResponse> ofCompany(long companyId, PageRequest page) {
        rows.requireCompany(companyId);
        return pageOf(FundingApplication.find("companyId", page.panacheSort(), companyId), page);
    }

    @Override
    public ApplicationResponse get(long id) {
        FundingApplication a = find(id);
        access.checkRead(a.companyId);
        return responseOf(a);
    }

    @Override
    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        access.checkWrite(find(id).companyId);
        super.delete(id, expected);
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
    protected ApplicationRequest requestOf(FundingApplication a) {
        return ApplicationRequest.of(a);
    }

    @Override
    protected ApplicationResponse responseOf(FundingApplication a) {
        return ApplicationResponse.of(a);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
