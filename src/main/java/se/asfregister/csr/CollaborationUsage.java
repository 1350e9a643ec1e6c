package se.asfregister.csr;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** A company that takes part in a collaboration cannot be deleted (the link has no cascade). */
@ApplicationScoped
public class CollaborationUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        long n = CsrCollaboration.getEntityManager()
                .createQuery("select count(c) from CsrCollaboration c join c.companyIds k where k = :id", Long.class)
                .setParameter("id", companyId).getSingleResult();
        return CompanyUsage.uses(n, "it takes part in %d CSR collaboration", "it takes part in %d CSR collaborations");
    }
}
