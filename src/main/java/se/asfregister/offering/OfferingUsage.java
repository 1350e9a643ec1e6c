package se.asfregister.offering;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** A company that sells offerings in the directory cannot be deleted (the link has no cascade). */
@ApplicationScoped
public class OfferingUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        long n = Offering.count("companyId", companyId);
        return n == 0 ? Optional.empty() : Optional.of("it has " + n + (n == 1 ? " offering" : " offerings"));
    }
}
