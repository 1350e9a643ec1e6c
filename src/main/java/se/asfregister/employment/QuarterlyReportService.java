package se.asfregister.employment;

import se.asfregister.web.Tagged;
import se.asfregister.web.Upserted;

/**
 * One kind of a company's quarterly reports, one at a time: read, and written idempotently by
 * company and period ({@link QuarterlyReports#upsert}).
 *
 * @param <Q> the request record
 * @param <R> the response record
 */
public interface QuarterlyReportService<Q, R extends QuarterlyReportService.Addressed> {

    /** What a response names its URL by. */
    interface Addressed {
        String period();
    }

    Tagged<R> get(long companyId, String period);

    Upserted<R> upsert(long companyId, String period, Q body, String ifMatch);
}
