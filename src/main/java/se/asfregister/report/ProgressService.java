package se.asfregister.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.asfregister.common.SwedishClock;
import se.asfregister.goal.Goal;
import se.asfregister.goal.GoalService;
import se.asfregister.goal.Indicator;
import se.asfregister.goal.ProgressRules;
import se.asfregister.goal.TargetType;
import se.asfregister.report.ReportQueries.PairedFigures;
import se.asfregister.report.ReportQueries.PairedFlow;
import se.asfregister.report.ReportQueries.YearFigures;
import se.asfregister.report.ReportRecords.Coverage;
import se.asfregister.report.ReportRecords.GoalProgress;
import se.asfregister.report.ReportRecords.ProgressReport;
import se.asfregister.security.CompanyAccess;

/** Progress toward regional goals: figures from {@link ReportQueries}, judgement by {@link ProgressRules}. */
@ApplicationScoped
public class ProgressService {

    /** Indicators read from employment reports: counts of persons, compared like with like for growth goals. */
    static final Set<Indicator> PERSON_INDICATORS = Set.of(Indicator.EMPLOYEES, Indicator.PARTICIPANTS,
            Indicator.TRANSITIONS_TO_WORK);

    @Inject
    ReportQueries queries;

    @Inject
    GoalService goals;

    @Inject
    CompanyAccess access;

    @Inject
    SwedishClock clock;

    public ProgressReport forCounty(String county, int year) {
        boolean exact = access.seesExactAggregates();
        return new ProgressReport(county, year, exact, progress(goals.ofCounty(county), year, exact));
    }

    public GoalProgress forGoal(long goalId, int year) {
        return progress(List.of(goals.find(goalId)), year, access.seesExactAggregates()).get(0);
    }

    /** The progress of goals in one year; each county-year's figures are queried once. */
    List<GoalProgress> progress(List<Goal> list, int year, boolean exact) {
        Map<String, YearFigures> years = new HashMap<>();
        Map<String, PairedFigures> pairs = new HashMap<>();
        List<GoalProgress> result = new ArrayList<>();
        for (Goal g : list) {
            YearFigures current = years.computeIfAbsent(g.countyCode + "/" + year,
                    k -> queries.yearFigures(g.countyCode, year));
            YearFigures base = g.baselineYear == null ? null
                    : years.computeIfAbsent(g.countyCode + "/" + g.baselineYear,
                            k -> queries.yearFigures(g.countyCode, g.baselineYear));
            result.add(progress(g, year, current, base, pairs, exact));
        }
        return result;
    }

    private GoalProgress progress(Goal g, int year, YearFigures current, YearFigures base,
            Map<String, PairedFigures> pairs, boolean exact) {
        Long baseValue;
        Long currentValue;
        Long compared = null;
        if (g.targetType == TargetType.PERCENT_GROWTH && g.baselineYear != null
                && PERSON_INDICATORS.contains(g.indicator)) {
            // like with like: a company that started or stopped reporting is no growth or decline
            if (g.indicator == Indicator.TRANSITIONS_TO_WORK) {
                // a flow: also the same quarters, so that a year in progress is no decline
                PairedFlow f = queries.pairedTransitions(g.countyCode, g.baselineYear, year, clock.year(),
                        clock.quarter());
                compared = f.companies();
                baseValue = f.baseline();
                currentValue = f.current();
            } else {
                PairedFigures p = pairs.computeIfAbsent(g.countyCode + "/" + g.baselineYear,
                        k -> queries.paired(g.countyCode, g.baselineYear, year));
                compared = p.companies();
                baseValue = g.indicator == Indicator.EMPLOYEES ? p.baselineEmployees() : p.baselineParticipants();
                currentValue = g.indicator == Indicator.EMPLOYEES ? p.currentEmployees() : p.currentParticipants();
            }
        } else {
            baseValue = base == null ? null : value(g.indicator, base);
            currentValue = value(g.indicator, current);
        }
        ProgressRules.Judgement j = ProgressRules.judge(g.targetType, g.targetValue, g.baselineYear, g.targetYear,
                year, decimal(baseValue), decimal(currentValue));
        BigDecimal baselineOut = decimal(baseValue);
        BigDecimal currentOut = decimal(currentValue);
        BigDecimal target = j.targetValue();
        BigDecimal expected = j.expectedValue();
        BigDecimal share = j.achievedShare();
        List<String> suppressed = new ArrayList<>();
        if (!exact && PERSON_INDICATORS.contains(g.indicator)
                && (Suppression.small(baseValue) || Suppression.small(currentValue))) {
            // every figure from which a hidden count could be worked back is hidden with it
            if (Suppression.small(baseValue)) {
                baselineOut = hide("baselineValue", suppressed);
            }
            if (Suppression.small(currentValue)) {
                currentOut = hide("currentValue", suppressed);
            }
            if (g.targetType == TargetType.PERCENT_GROWTH && target != null) {
                target = hide("targetValue", suppressed);
            }
            if (expected != null) {
                expected = hide("expectedValue", suppressed);
            }
            if (share != null) {
                share = hide("achievedShare", suppressed);
            }
        }
        Coverage coverage = new Coverage(current.reportingCompanies(), current.activeCompanies(),
                base == null ? null : base.reportingCompanies(), base == null ? null : base.activeCompanies(),
                compared);
        return new GoalProgress(g.id, g.countyCode, g.indicator, g.description, g.targetType,
                strip(g.targetValue), g.baselineYear, g.targetYear, year, baselineOut, currentOut, strip(target),
                strip(expected), strip(share), j.status(), coverage, suppressed);
    }

    private static BigDecimal hide(String field, List<String> suppressed) {
        suppressed.add(field);
        return null;
    }

    /** The indicator's value in a year (docs/reporting.md, "Indicators"); null: no data. */
    static Long value(Indicator indicator, YearFigures f) {
        return switch (indicator) {
            case EMPLOYEES -> f.employees();
            case PARTICIPANTS -> f.participants();
            case TRANSITIONS_TO_WORK -> f.transitionsToWork();
            case ACTIVE_COMPANIES -> f.activeCompanies();
            case NETWORK_MEETINGS_PER_YEAR -> f.networkMeetings();
            case CSR_COLLABORATIONS -> f.csrCollaborations();
            case MUNICIPALITIES_WITH_POLICY -> f.municipalitiesWithPolicy();
            case TRAINING_ACTIVITIES -> f.trainingActivities();
        };
    }

    private static BigDecimal decimal(Long v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }
}
