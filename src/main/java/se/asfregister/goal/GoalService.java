package se.asfregister.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.asfregister.area.County;
import se.asfregister.common.ListedCrud;
import se.asfregister.common.ProjectLookup;
import se.asfregister.goal.GoalRecords.GoalRequest;
import se.asfregister.goal.GoalRecords.GoalResponse;
import se.asfregister.web.ApiException;

/** Regional goals: the rules for what makes a goal well-formed. */
@ApplicationScoped
public class GoalService extends ListedCrud<Goal, GoalRequest, GoalResponse, GoalFilter> {

    public static final Map<String, String> SORTABLE = Map.of("id", "id", "targetYear", "targetYear",
            "indicator", "indicator", "countyCode", "countyCode");

    @Inject
    ProjectLookup projects;

    public GoalService() {
        super(Goal.class, "Goal", Goal::new, GoalRequest.class, GoalRecords::requestOf, SORTABLE,
                (q, s, p) -> Goal.find(q, s, p));
    }

    /** The county's own goals (not those of its projects), in a stable order; what progress is computed for. */
    public List<Goal> ofCounty(String county) {
        return Goal.list("countyCode = ?1 and projectId is null order by id", county);
    }

    /** The goals of one project, in a stable order; its report judges them. */
    public List<Goal> ofProject(long projectId) {
        return Goal.list("projectId = ?1 order by id", projectId);
    }

    @Override
    protected GoalResponse responseOf(Goal e) {
        return GoalResponse.of(e);
    }

    @Override
    protected void apply(Goal g, GoalRequest r) {
        County.requireKnown("countyCode", r.countyCode());
        checkProject(r.projectId(), r.countyCode());
        if (r.targetType() == TargetType.PERCENT_GROWTH && r.baselineYear() == null) {
            throw ApiException.invalid("baselineYear", "is required for a PERCENT_GROWTH goal");
        }
        if (r.baselineYear() != null && r.baselineYear() >= r.targetYear()) {
            throw ApiException.invalid("targetYear", "must be after baselineYear");
        }
        g.countyCode = r.countyCode();
        g.indicator = r.indicator();
        g.baselineYear = r.baselineYear();
        g.targetYear = r.targetYear();
        g.targetType = r.targetType();
        // compareTo: 15 and 15.00 are the same target; BigDecimal.equals would call it a change
        if (g.targetValue == null || g.targetValue.compareTo(r.targetValue()) != 0) {
            g.targetValue = r.targetValue();
        }
        if (!Objects.equals(g.description, r.description())) {
            g.description = r.description();
        }
        g.projectId = r.projectId();
    }

    /** A project goal is judged on the figures of the project's county, so it must name that county. */
    private void checkProject(Long projectId, String county) {
        if (projectId == null) {
            return;
        }
        String projectCounty = projects.countyOf(projectId)
                .orElseThrow(() -> ApiException.invalid("projectId", "no project has id " + projectId));
        if (!projectCounty.equals(county)) {
            throw ApiException.invalid("countyCode", "must be " + projectCounty + ", the county of project "
                    + projectId);
        }
    }
}
