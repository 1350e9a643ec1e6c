package se.asfregister.esf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.asfregister.common.ProjectLookup;
import se.asfregister.common.SwedishClock;
import se.asfregister.company.CompanyService;
import se.asfregister.employment.Period;
import se.asfregister.employment.QuarterlyReportService;
import se.asfregister.employment.QuarterlyReports;
import se.asfregister.esf.ParticipantRecords.GenderCounts;
import se.asfregister.esf.ParticipantRecords.ReportRequest;
import se.asfregister.esf.ParticipantRecords.ReportResponse;
import se.asfregister.web.ApiException;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;
import se.asfregister.web.Tagged;
import se.asfregister.web.Upserted;

/** Participant reports one at a time, idempotent by company and quarter. */
@ApplicationScoped
public class ParticipantReportService implements QuarterlyReportService<ReportRequest, ReportResponse> {

    @Inject
    CompanyService companies;

    @Inject
    ProjectLookup projects;

    @Inject
    SwedishClock clock;

    /**
     * Creates the report or overwrites it; the same counts again write nothing. Counts that do not
     * add up (see {@link ParticipantRules}) are a 400 listing every failed rule.
     */
    @Override
    @Transactional
    public Upserted<ReportResponse> upsert(long companyId, String periodText, ReportRequest body, String ifMatch) {
        companies.find(companyId);
        Period period = Period.reportable("period", periodText, Period.current(clock));
        Counts counts = counts(body.counts());
        checkProject(body.projectId());
        return QuarterlyReports.upsert(companyId, period, ifMatch, find(companyId, period.toString()),
                ParticipantReport::new, r -> r.apply(body.projectId(), counts), ReportResponse::of);
    }

    @Override
    public Tagged<ReportResponse> get(long companyId, String periodText) {
        companies.find(companyId);
        ParticipantReport r = Period.parse(periodText).flatMap(p -> find(companyId, p.toString()))
                .orElseThrow(() -> ApiException.notFound("Participant report of company " + companyId + " for",
                        Params.clip(periodText)));
        return new Tagged<>(ReportResponse.of(r), QuarterlyReports.etag(r));
    }

    /** The body's counts, or a 400 naming each unknown indicator and each failed rule. */
    static Counts counts(Map<String, GenderCounts> sent) {
        List<Problem.FieldError> errors = new ArrayList<>();
        sent.keySet().stream().filter(k -> Indicator.byKey(k).isEmpty()).sorted().forEach(k -> errors.add(
                new Problem.FieldError("counts." + Params.clip(k), "unknown indicator; the indicators are "
                        + String.join(", ", Indicator.keys()))));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Counts counts = Counts.of((i, g) -> {
            GenderCounts c = sent.get(i.key);
            return c == null ? 0 : c.of(g);
        });
        ParticipantRules.check(counts).forEach(v -> errors.add(new Problem.FieldError("counts." + v.field(),
                v.message())));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return counts;
    }

    private void checkProject(Long projectId) {
        if (projectId != null && projects.countyOf(projectId).isEmpty()) {
            throw ApiException.invalid("projectId", "no project has id " + projectId);
        }
    }

    private static Optional<ParticipantReport> find(long companyId, String period) {
        return ParticipantReport.find("companyId = ?1 and period = ?2", companyId, period).firstResultOptional();
    }
}
