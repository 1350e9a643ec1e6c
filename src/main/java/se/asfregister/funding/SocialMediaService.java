package se.asfregister.funding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import se.asfregister.funding.FundingRecords.AccountRequest;
import se.asfregister.funding.FundingRecords.AccountResponse;
import se.asfregister.web.ApiException;

/** A company's social media accounts: public, like its website; written by ADMIN and the company's reporters. */
@ApplicationScoped
public class SocialMediaService extends CompanyRowCrud<SocialMediaAccount, AccountRequest, AccountResponse> {

    public static final Map<String, String> SORTABLE = Map.of("id", "id", "startedOn", "startedOn", "platform",
            "platform");

    public SocialMediaService() {
        super(SocialMediaAccount.class, "Social media account", SocialMediaAccount::new, AccountRequest.class,
                AccountRequest::of, row -> row.companyId, true, (q, s, p) -> SocialMediaAccount.find(q, s, p));
    }

    @Override
    protected void apply(SocialMediaAccount a, AccountRequest r) {
        rows.checkWrite(a.companyId, r.companyId());
        if (r.endedOn() != null && r.endedOn().isBefore(r.startedOn())) {
            throw ApiException.invalid("endedOn", "must not be before startedOn " + r.startedOn());
        }
        a.companyId = r.companyId();
        a.platform = r.platform();
        a.handle = r.handle().strip();
        a.url = r.url();
        a.startedOn = r.startedOn();
        a.endedOn = r.endedOn();
    }

    @Override
    protected AccountResponse responseOf(SocialMediaAccount a) {
        return AccountResponse.of(a);
    }
}
