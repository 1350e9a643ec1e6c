package se.asfregister.funding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** A company with applications, support or social media accounts cannot be deleted: its history of aid stays. */
@ApplicationScoped
public class FundingUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        long applications = FundingApplication.count("companyId", companyId);
        long support = CompanySupport.count("companyId", companyId);
        long accounts = SocialMediaAccount.count("companyId", companyId);
        if (applications + support + accounts == 0) {
            return Optional.empty();
        }
        return Optional.of("it has " + applications + " funding application(s), " + support
                + " support record(s) and " + accounts + " social media account(s)");
    }
}
