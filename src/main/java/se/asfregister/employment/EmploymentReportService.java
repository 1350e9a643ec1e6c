package se.asfregister.employment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.asfregister.employment.EmploymentRecords.ReportRequest;
import se.asfregister.employment.EmploymentRecords.ReportResponse;
import se.asfregister.web.ApiException;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Preconditions;
import se.asfregister.web.Problem;

/** Employment reports one at a time; bulk import is {@link EmploymentImportService}. */
@ApplicationScoped
public class EmploymentReportService extends QuarterlyReportService<EmploymentReport, ReportRequest, ReportResponse> {

    /** API sort name → entity property. */
    static final Map<String, String> SORTABLE = Map.of("period", "period", "companyId", "companyId",
            "updatedAt", "updatedAt");

    public EmploymentReportService() {
        super(EmploymentReport.class, "Employment report", EmploymentReport::new, ReportResponse::of);
    }

    /** The figures must agree with each other: a 400 naming each that does not. */
    @Override
    protected Consumer<EmploymentReport> checked(ReportRequest body) {
        Figures figures = body.figures();
        List<Problem.FieldError> errors = figures.crossFieldErrors(ReportRequest::path);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return r -> r.apply(figures);
    }

    /** All periods of one company, newest first unless {@code page} says otherwise. */
    public Paged<ReportResponse> listForCompany(long companyId, PageRequest page) {
        companies.requireExists(companyId);
        PanacheQuery<EmploymentReport> q = EmploymentReport.<EmploymentReport>find("companyId = ?1",
                page.panacheSort(), companyId).page(page.panachePage());
        return Paged.of(q.list(), page, q::count, ReportResponse::of);
    }

    public Paged<ReportResponse> list(ReportFilter filter, PageRequest page) {
        var where = filter.where();
        PanacheQuery<EmploymentReport> q = EmploymentReport.<EmploymentReport>find(where.query(), page.panacheSort(),
                where.params()).page(page.panachePage());
        return Paged.of(q.list(), page, q::count, ReportResponse::of);
    }

    @Transactional
    public void delete(long companyId, String periodText, String ifMatch) {
        companies.requireExists(companyId);
        EmploymentReport r = require(companyId, periodText);
        Preconditions.checkIfMatch(ifMatch, etag(r));
        r.delete();
        EmploymentReport.flush();
    }
}
