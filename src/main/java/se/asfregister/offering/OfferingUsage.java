package se.asfregister.offering;

import jakarta.enterprise.context.ApplicationScoped;
import se.asfregister.company.CompanyUsage;

/** A company that sells offerings in the directory cannot be deleted (the link has no cascade). */
@ApplicationScoped
public class OfferingUsage extends CompanyUsage.Counted {

    OfferingUsage() {
        super(id -> Offering.count("companyId", id), "it has %d offering", "it has %d offerings");
    }
}
