package se.asfregister.offering;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** A company that sells offerings in the directory cannot be deleted (the link has no cascade). */
@ApplicationScoped
public class OfferingUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        return CompanyUsage.uses(Offering.count("companyId", companyId), "it has %d offering", "it has %d offerings");
    }
}
