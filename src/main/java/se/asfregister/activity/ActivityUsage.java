package se.asfregister.activity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** A company that attended an activity cannot be deleted (the link has no cascade). */
@ApplicationScoped
public class ActivityUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        long n = Activity.getEntityManager()
                .createQuery("select count(a) from Activity a join a.companyIds k where k = :id", Long.class)
                .setParameter("id", companyId).getSingleResult();
        return CompanyUsage.uses(n, "it attended %d activity", "it attended %d activities");
    }
}
