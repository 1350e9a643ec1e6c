package se.asfregister.esf;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import se.asfregister.company.CompanyUsage;

/** Participant reports keep their company: a company with reports is closed, not deleted. */
@ApplicationScoped
public class ParticipantReportUsage implements CompanyUsage {

    @Override
    public Optional<String> usageOf(long companyId) {
        long n = ParticipantReport.count("companyId", companyId);
        return n == 0 ? Optional.empty()
                : Optional.of("it has " + n + (n == 1 ? " participant report" : " participant reports"));
    }
}
