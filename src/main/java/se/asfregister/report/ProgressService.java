package se.asfregister.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
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
import se.asfregister.report.disclosure.CellStatus;
import se.asfregister.security.CompanyAccess;

/**
 * Progress toward regional goals: figures from {@link ReportQueries}, judgement by
 * {@link ProgressRules}, and for the public the values of {@link PublicProgress}.
 */
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

    @Inject
    PublicFigures publicFigures;

    @Inject
    KeptFigures kept;

    public ProgressReport forCounty(String county, int year) {
        boolean exact = access.seesExactAggregates();
        return new ProgressReport(county, year, exact, progress(goals.ofCounty(county), year, publicYears(exact)));
    }

    public GoalProgress forGoal(long goalId, int year) {
        return progress(List.of(goals.find(goalId)), year, publicYears(access.seesExactAggregates())).get(0);
    }

    /**
     * The progress of the given goals (a project's) in one year, with the same rules and, for the
     * public, the same disclosure rule set as a county's progress.
     */
    public List<GoalProgress> forGoals(List<Goal> list, int year) {
        return progress(list, year, publicYears(access.seesExactAggregates()));
    }

    /** Each year's public figures, computed once per request; null for callers who see exact figures. */
    IntFunction<PublicYear> publicYears(boolean exact) {
        if (exact) {
            return null;
        }
        Map<Integer, PublicYear> years = new HashMap<>();
        return y -> years.computeIfAbsent(y, publicFigures::year);
    }

    /** The progress of goals in one year; each county-year's figures are queried once. */
    List<GoalProgress> progress(List<Goal> list, int year, IntFunction<PublicYear> publicYears) {
        Map<String, YearFigures> years = new HashMap<>();
        Map<String, PairedFigures> pairs = new HashMap<>();
        List<GoalProgress> result = new ArrayList<>();
        for (Goal g : list) {
            YearFigures current = years.computeIfAbsent(g.countyCode + "/" + year, k -> yearFigures(g.countyCode, year));
            YearFigures base = g.baselineYear == null ? null
                    : years.computeIfAbsent(g.countyCode + "/" + g.baselineYear,
                            k -> yearFigures(g.countyCode, g.baselineYear));
            result.add(progress(g, year, current, base, pairs, publicYears));
        }
        return result;
    }

    /** A county's indicators of a year, kept until a write (docs/performance.md). */
    private YearFigures yearFigures(String county, int year) {
        return kept.get(List.of("yearFigures", county, year), () -> queries.yearFigures(county, year));
    }

    /** A goal's exact progress in {@code year}, then what the caller may see of it. */
    private GoalProgress progress(Goal g, int year, YearFigures current, YearFigures base,
            Map<String, PairedFigures> pairs, IntFunction<PublicYear> publicYears) {
        Values v = values(g, year, current, base, pairs);
        Coverage coverage = new Coverage(current.reportingCompanies(), current.activeCompanies(),
                base == null ? null : base.reportingCompanies(), base == null ? null : base.activeCompanies(),
                v.compared());
        GoalProgress exact = exact(g, year, v, coverage);
        if (publicYears == null || !(PERSON_INDICATORS.contains(g.indicator)
                || PublicProgress.PRIVATE_COMPANY_COUNTS.contains(g.indicator))) {
            return exact;
        }
        return shown(exact, PublicProgress.of(new PublicProgress.Exact(g.indicator, g.targetType, g.countyCode,
                year, g.baselineYear, v.baseline(), v.current(), coverage), publicYears));
    }

    /**
     * The values a goal's progress compares: baseline and current, and the number of companies
     * compared like with like (null when the goal compares the county's totals).
     */
    record Values(Long baseline, Long current, Long compared) {
    }

    /** Which values a goal compares in {@code year} (docs/reporting.md, "Indicators"). */
    private Values values(Goal g, int year, YearFigures current, YearFigures base, Map<String, PairedFigures> pairs) {
        boolean likeWithLike = g.targetType == TargetType.PERCENT_GROWTH && g.baselineYear != null
                && PERSON_INDICATORS.contains(g.indicator);
        if (!likeWithLike) {
            return new Values(base == null ? null : value(g.indicator, base), value(g.indicator, current), null);
        }
        // like with like: a company that started or stopped reporting is no growth or decline
        if (g.indicator == Indicator.TRANSITIONS_TO_WORK) {
            // a flow: also the same quarters, so that a year in progress is no decline
            int currentYear = clock.year();
            int currentQuarter = clock.quarter();
            PairedFlow f = kept.get(List.of("pairedTransitions", g.countyCode, g.baselineYear, year, currentYear,
                    currentQuarter), () -> queries.pairedTransitions(g.countyCode, g.baselineYear, year, currentYear,
                            currentQuarter));
            return new Values(f.baseline(), f.current(), f.companies());
        }
        PairedFigures p = pairs.computeIfAbsent(g.countyCode + "/" + g.baselineYear,
                k -> kept.get(List.of("paired", g.countyCode, g.baselineYear, year),
                        () -> queries.paired(g.countyCode, g.baselineYear, year)));
        boolean employees = g.indicator == Indicator.EMPLOYEES;
        return new Values(employees ? p.baselineEmployees() : p.baselineParticipants(),
                employees ? p.currentEmployees() : p.currentParticipants(), p.companies());
    }

    /** The progress as analysts see it: every value exact, judged by {@link ProgressRules}. */
    private static GoalProgress exact(Goal g, int year, Values v, Coverage coverage) {
        ProgressRules.Judgement j = ProgressRules.judge(g.targetType, g.targetValue, g.baselineYear, g.targetYear,
                year, decimal(v.baseline()), decimal(v.current()));
        return new GoalProgress(g.id, g.countyCode, g.indicator, g.description, g.targetType,
                strip(g.targetValue), g.baselineYear, g.targetYear, year, decimal(v.baseline()), decimal(v.current()),
                strip(j.targetValue()), strip(j.expectedValue()), strip(j.achievedShare()), j.status(), coverage,
                List.of(), Map.of());
    }

    /** The exact progress with what the public may not see taken out (status and coverage stay). */
    private static GoalProgress shown(GoalProgress e, PublicProgress.Shown s) {
        Map<String, CellStatus> status = new LinkedHashMap<>(s.status());
        BigDecimal target = hideIf(!s.targetShown(), e.targetValue(), "targetValue", status);
        BigDecimal expected = hideIf(!s.expectedShown(), e.expectedValue(), "expectedValue", status);
        BigDecimal share = hideIf(!s.shareShown(), e.achievedShare(), "achievedShare", status);
        return new GoalProgress(e.goalId(), e.countyCode(), e.indicator(), e.description(), e.targetType(),
                e.goalTargetValue(), e.baselineYear(), e.targetYear(), e.year(),
                e.baselineValue() == null ? null : decimal(s.baseline()), decimal(s.current()), target, expected,
                share, e.status(), e.coverage(), List.copyOf(status.keySet()), status);
    }

    private static BigDecimal hideIf(boolean hide, BigDecimal value,
            String field, Map<String, CellStatus> status) {
        if (hide && value != null) {
            status.put(field, CellStatus.SECONDARY);
            return null;
        }
        return value;
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
            case COMPANIES_SEEKING_FUNDING -> f.companiesSeekingFunding();
            case COMPANIES_USING_SOCIAL_MEDIA -> f.companiesUsingSocialMedia();
        };
    }

    private static BigDecimal decimal(Long v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }
}
