package se.asfregister.esf;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** Participant reports keep their company: a company with reports is closed, not deleted. */
@ApplicationScoped
public class ParticipantReportUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        return CompanyUsage.uses(ParticipantReport.count("companyId", companyId), "it has %d participant report",
                "it has %d participant reports");
    }
}
