package se.asfregister.activity;

import jakarta.enterprise.context.ApplicationScoped;
import se.asfregister.company.CompanyUsage;

/** A company that attended an activity cannot be deleted (the link has no cascade). */
@ApplicationScoped
public class ActivityUsage extends CompanyUsage.Counted {

    ActivityUsage() {
        super(id -> Activity.count("?1 member of companyIds", id),
                "it attended %d activity", "it attended %d activities");
    }
}
