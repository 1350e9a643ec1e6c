package se.asfregister.csr;

import jakarta.enterprise.context.ApplicationScoped;
import se.asfregister.company.CompanyUsage;

/** A company that takes part in a collaboration cannot be deleted (the link has no cascade). */
@ApplicationScoped
public class CollaborationUsage extends CompanyUsage.Counted {

    CollaborationUsage() {
        super(id -> CsrCollaboration.count("?1 member of companyIds", id),
                "it takes part in %d CSR collaboration", "it takes part in %d CSR collaborations");
    }
}
