package se.asfregister.csr;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** A company that takes part in a collaboration cannot be deleted (the link has no cascade). */
@ApplicationScoped
public class CollaborationUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        return CompanyUsage.uses(CsrCollaboration.count("?1 member of companyIds", companyId),
                "it takes part in %d CSR collaboration", "it takes part in %d CSR collaborations");
    }
}
