package se.asfregister.esf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.asfregister.common.ProjectLookup;
import se.asfregister.employment.QuarterlyReportService;
import se.asfregister.esf.ParticipantRecords.GenderCounts;
import se.asfregister.esf.ParticipantRecords.ReportRequest;
import se.asfregister.esf.ParticipantRecords.ReportResponse;
import se.asfregister.web.ApiException;
import se.asfregister.web.Params;
import se.asfregister.web.Problem;

/** Participant reports one at a time, idempotent by company and quarter. */
@ApplicationScoped
public class ParticipantReportService
        extends QuarterlyReportService<ParticipantReport, ReportRequest, ReportResponse> {

    @Inject
    ProjectLookup projects;

    public ParticipantReportService() {
        super(ParticipantReport.class, "Participant report", ParticipantReport::new, ReportResponse::of);
    }

    /** Counts that do not add up (see {@link ParticipantRules}) are a 400 listing every failed rule. */
    @Override
    protected Consumer<ParticipantReport> checked(ReportRequest body) {
        Counts counts = counts(body.counts());
        checkProject(body.projectId());
        return r -> r.apply(body.projectId(), counts);
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
}
