package se.asfregister.employment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** Reports keep their company: a company with reports is closed, not deleted. */
@ApplicationScoped
public class EmploymentReportUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        return CompanyUsage.uses(EmploymentReport.count("companyId", companyId), "it has %d employment report",
                "it has %d employment reports");
    }
}
