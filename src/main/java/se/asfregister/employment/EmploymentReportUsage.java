package se.asfregister.employment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** Reports keep their company: a company with reports is closed, not deleted. */
@ApplicationScoped
public class EmploymentReportUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        long n = EmploymentReport.count("companyId", companyId);
        return n == 0 ? Optional.empty()
                : Optional.of("it has " + n + (n == 1 ? " employment report" : " employment reports"));
    }
}
