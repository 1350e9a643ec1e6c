package se.asfregister.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.asfregister.goal.Indicator;
import se.asfregister.goal.ProgressStatus;
import se.asfregister.goal.TargetType;
import se.asfregister.report.disclosure.CellStatus;

/**
 * Progress and annual-report shapes at the HTTP boundary. A hidden figure is null, named in
 * {@code suppressed} and, in {@code cellStatus}, given its reason (docs/reporting.md).
 */
public final class ReportRecords {

    private ReportRecords() {
    }

    /** How many companies the figures rest on, so that missing reports never pass for a decline. */
    public record Coverage(long reportingCompanies, long activeCompanies, Long baselineReportingCompanies,
            Long baselineActiveCompanies, Long comparedCompanies) {
    }

    public record GoalProgress(long goalId, String countyCode, Indicator indicator, String description,
            TargetType targetType, BigDecimal goalTargetValue, Integer baselineYear, int targetYear, int year,
            BigDecimal baselineValue, BigDecimal currentValue, BigDecimal targetValue, BigDecimal expectedValue,
            BigDecimal achievedShare, ProgressStatus status, Coverage coverage, List<String> suppressed,
            Map<String, CellStatus> cellStatus) {
    }

    public record ProgressReport(String countyCode, int year, boolean exact, List<GoalProgress> progress) {
    }

    public record Gendered(Long women, Long men, Long other, Long total) {
    }

    public enum Level {
        MUNICIPALITY,
        COUNTY,
        NATIONAL
    }

    public record AreaRow(Level level, String code, String name, long activeCompanies, long companiesMeetingCriteria,
            long reportingCompanies, Gendered employees, Gendered employeesWithWageSubsidy, Gendered workTraining,
            Gendered rehabilitation, Gendered internships, Long transitionsToWork, Long transitionsToEducation,
            Long revenueSek, long csrCollaborations, long policiesInForce, long activities,
            Gendered activityParticipants, List<String> suppressed, Map<String, CellStatus> cellStatus) {
    }

    public record AnnualReport(int year, String countyCode, boolean exact, List<AreaRow> rows, AreaRow total,
            List<GoalProgress> progress) {
    }
}
