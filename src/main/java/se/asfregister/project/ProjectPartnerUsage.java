package se.asfregister.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** A company that is a partner in a project cannot be deleted (the link has no cascade). */
@ApplicationScoped
public class ProjectPartnerUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        return CompanyUsage.uses(Project.count("?1 member of partnerCompanyIds", companyId),
                "it is a partner in %d project", "it is a partner in %d projects");
    }
}
