package se.asfregister.project;

import jakarta.enterprise.context.ApplicationScoped;
import se.asfregister.company.CompanyUsage;

/** A company that is a partner in a project cannot be deleted (the link has no cascade). */
@ApplicationScoped
public class ProjectPartnerUsage extends CompanyUsage.Counted {

    ProjectPartnerUsage() {
        super(id -> Project.count("?1 member of partnerCompanyIds", id),
                "it is a partner in %d project", "it is a partner in %d projects");
    }
}
