package se.asfregister.employment;

import jakarta.enterprise.context.ApplicationScoped;
import se.asfregister.company.CompanyUsage;

/** Reports keep their company: a company with reports is closed, not deleted. */
@ApplicationScoped
public class EmploymentReportUsage extends CompanyUsage.Counted {

    EmploymentReportUsage() {
        super(id -> EmploymentReport.count("companyId", id),
                "it has %d employment report", "it has %d employment reports");
    }
}
