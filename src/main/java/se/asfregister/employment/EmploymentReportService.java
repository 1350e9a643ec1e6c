package se.asfregister.employment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.asfregister.common.SwedishClock;
import se.asfregister.company.CompanyService;
import se.asfregister.employment.EmploymentRecords.ReportRequest;
import se.asfregister.employment.EmploymentRecords.ReportResponse;
import se.asfregister.web.ApiException;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Params;
import se.asfregister.web.Preconditions;
import se.asfregister.web.Problem;
import se.asfregister.web.Tagged;
import se.asfregister.web.Upserted;

/** Employment reports one at a time; bulk import is {@link EmploymentImportService}. */
@ApplicationScoped
public class EmploymentReportService implements QuarterlyReportService<ReportRequest, ReportResponse> {

    /** API sort name → entity property. */
    static final Map<String, String> SORTABLE = Map.of("period", "period", "companyId", "companyId",
            "updatedAt", "updatedAt");

    @Inject
    CompanyService companies;

    @Inject
    SwedishClock clock;

    /**
     * Idempotent by (company, period): creates the report, or overwrites its figures. Sending
     * the same figures again writes nothing, so version and updatedAt stay.
     */
    @Override
    @Transactional
    public Upserted<ReportResponse> upsert(long companyId, String periodText, ReportRequest body, String ifMatch) {
        companies.find(companyId);
        Period period = Period.reportable("period", periodText, Period.current(clock));
        Figures figures = body.figures();
        List<Problem.FieldError> errors = figures.crossFieldErrors(ReportRequest::path);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return QuarterlyReports.upsert(companyId, period, ifMatch, find(companyId, period.toString()),
                EmploymentReport::new, r -> r.apply(figures), ReportResponse::of);
    }

    @Override
    public Tagged<ReportResponse> get(long companyId, String periodText) {
        companies.find(companyId);
        EmploymentReport r = require(companyId, periodText);
        return new Tagged<>(ReportResponse.of(r), QuarterlyReports.etag(r));
    }

    /** All periods of one company, newest first unless {@code page} says otherwise. */
    public Paged<ReportResponse> listForCompany(long companyId, PageRequest page) {
        companies.find(companyId);
        PanacheQuery<EmploymentReport> q = EmploymentReport.<EmploymentReport>find("companyId = ?1",
                page.panacheSort(), companyId).page(page.panachePage());
        return Paged.of(q.list(), page, q.count(), ReportResponse::of);
    }

    public Paged<ReportResponse> list(ReportFilter filter, PageRequest page) {
        var where = filter.where();
        PanacheQuery<EmploymentReport> q = EmploymentReport.<EmploymentReport>find(where.query(), page.panacheSort(),
                where.params()).page(page.panachePage());
        return Paged.of(q.list(), page, q.count(), ReportResponse::of);
    }

    @Transactional
    public void delete(long companyId, String periodText, String ifMatch) {
        companies.find(companyId);
        EmploymentReport r = require(companyId, periodText);
        Preconditions.checkIfMatch(ifMatch, QuarterlyReports.etag(r));
        r.delete();
        EmploymentReport.flush();
    }

    /** A malformed period names no report: 404, like a malformed id. */
    private EmploymentReport require(long companyId, String periodText) {
        return Period.parse(periodText).flatMap(p -> find(companyId, p.toString()))
                .orElseThrow(() -> ApiException.notFound("Employment report of company " + companyId + " for",
                        Params.clip(periodText)));
    }

    private static Optional<EmploymentReport> find(long companyId, String period) {
        return EmploymentReport.find("companyId = ?1 and period = ?2", companyId, period).firstResultOptional();
    }
}
