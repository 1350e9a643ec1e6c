package se.asfregister.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** A company that is a partner in a project cannot be deleted (the link has no cascade). */
@ApplicationScoped
public class ProjectPartnerUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        long n = Project.getEntityManager()
                .createQuery("select count(p) from Project p join p.partnerCompanyIds k where k = :id", Long.class)
                .setParameter("id", companyId).getSingleResult();
        return CompanyUsage.uses(n, "it is a partner in %d project", "it is a partner in %d projects");
    }
}
