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
        return n == 0 ? Optional.empty() : Optional.of("it is a partner in " + n + (n == 1 ? " project" : " projects"));
    }
}
