package se.asfregister.company;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A test-only {@link CompanyUsage}: lets a test mark a company as "in use" by a feature. */
@ApplicationScoped
public class BlockedCompanies implements CompanyUsage {

    public static final Set<Long> IDS = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<String> usageOf(long companyId) {
        return IDS.contains(companyId) ? Optional.of("it has 2 employment reports") : Optional.empty();
    }
}
