package se.asfregister.employment;

import jakarta.persistence.MappedSuperclass;
import se.asfregister.audit.AuditedAs;
import se.asfregister.common.SequencedEntity;

/**
 * What every report of one company for one quarter has (the employment report, the ESF+
 * participant report): the company, the period ("2025-Q1") and its year and quarter as columns
 * for the reports' queries. The audit trail names a report by company and period, as its URL does.
 */
@MappedSuperclass
public abstract class QuarterlyReport extends SequencedEntity implements AuditedAs {

    public long companyId;

    public String period;

    public int periodYear;

    public int periodQuarter;

    /** A new report's company and period. */
    public void place(long company, Period p) {
        companyId = company;
        period = p.toString();
        periodYear = p.year();
        periodQuarter = p.quarter();
    }

    @Override
    public String auditId() {
        return auditId(companyId, period);
    }

    /** The audit trail's key of a company's report for a period: the same for single writes and imports. */
    static String auditId(long companyId, String period) {
        return companyId + "/" + period;
    }
}
