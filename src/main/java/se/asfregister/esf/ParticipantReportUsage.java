package se.asfregister.esf;

import jakarta.enterprise.context.ApplicationScoped;
import se.asfregister.company.CompanyUsage;

/** Participant reports keep their company: a company with reports is closed, not deleted. */
@ApplicationScoped
public class ParticipantReportUsage extends CompanyUsage.Counted {

    ParticipantReportUsage() {
        super(id -> ParticipantReport.count("companyId", id),
                "it has %d participant report", "it has %d participant reports");
    }
}
