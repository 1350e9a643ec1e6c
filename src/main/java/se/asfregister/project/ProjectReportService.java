package se.asfregister.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import se.asfregister.activity.ActivityRecords.ActivityResponse;
import se.asfregister.activity.ActivityService;
import se.asfregister.goal.GoalService;
import se.asfregister.project.FundingShares.SourceShare;
import se.asfregister.project.ProjectRecords.FundingLineBody;
import se.asfregister.report.ProgressService;
import se.asfregister.report.ReportRecords.GoalProgress;
import se.asfregister.security.CompanyAccess;

/**
 * A project's final report: its period, funding, the activities held by the judgement date,
 * and every goal of the project judged in the year of that date (by default the project's end)
 * with the progress rules of the county goals. Goal figures and activity participants go
 * through the disclosure rule set like every public figure; funding lines are public facts
 * about public money, not figures about companies or persons, and are shown as recorded.
 */
@ApplicationScoped
public class ProjectReportService {

    /** The report's shape at the HTTP boundary. */
    public record ProjectReport(long projectId, String name, ProjectStatus status, String countyCode,
            LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualEnd, String endReason, LocalDate judgedAt,
            int year, boolean exact, long budgetSek, List<SourceShare> fundingBySource,
            List<FundingLineBody> funding, List<ActivityResponse> activities, List<GoalProgress> goals) {
    }

    @Inject
    ProjectService projects;

    @Inject
    GoalService goals;

    @Inject
    ActivityService activities;

    @Inject
    ProgressService progress;

    @Inject
    CompanyAccess access;

    /** @param at the judgement date; null: the project's end (actual, else planned) */
    public ProjectReport report(long id, LocalDate at) {
        Project p = projects.find(id);
        LocalDate judgedAt = at != null ? at : ProjectRules.end(p.plannedEnd, p.actualEnd);
        int year = judgedAt.getYear();
        return new ProjectReport(p.id, p.name, p.status, p.countyCode, p.plannedStart, p.plannedEnd, p.actualEnd,
                p.endReason, judgedAt, year, access.seesExactAggregates(), FundingShares.budget(p.funding),
                FundingShares.bySource(p.funding), p.funding.stream().map(FundingLineBody::of).toList(),
                activities.ofProject(id, judgedAt), progress.forGoals(goals.ofProject(id), year));
    }
}
