package se.asfregister.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** A company that reporters are bound to cannot be deleted: unbind them first. */
@ApplicationScoped
public class ReporterBindings implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        long n = AppUser.count("?1 member of companyIds", companyId);
        return n == 0 ? Optional.empty() : Optional.of(n == 1 ? "1 user reports for it" : n + " users report for it");
    }
}
