package se.asfregister.activity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** A company that attended an activity cannot be deleted (the link has no cascade). */
@ApplicationScoped
public class ActivityUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        return CompanyUsage.uses(Activity.count("?1 member of companyIds", companyId),
                "it attended %d activity", "it attended %d activities");
    }
}
