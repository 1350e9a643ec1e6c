package se.asfregister.project;

import java.time.LocalDate;
import java.util.Set;
import se.asfregister.web.ApiException;
import se.asfregister.web.Ranges;

/**
 * The one definition of a project's period and of a project <em>active on date D</em>: status
 * granted, active, completed or ended early, started on or before D, and its end (the actual
 * end if recorded, otherwise the planned end) on or after D. Lists filter with it; the funding
 * view sums only the funded statuses.
 */
public final class ProjectRules {

    /** The statuses of a project that was granted money and so runs, ran, or will run. */
    public static final Set<ProjectStatus> FUNDED = Set.of(ProjectStatus.GRANTED, ProjectStatus.ACTIVE,
            ProjectStatus.COMPLETED, ProjectStatus.ENDED_EARLY);

    private ProjectRules() {
    }

    /** The last day of the project: its actual end if recorded, else its planned end. */
    public static LocalDate end(LocalDate plannedEnd, LocalDate actualEnd) {
        return actualEnd != null ? actualEnd : plannedEnd;
    }

    /** JPQL over the entity's fields for a project aliased {@code alias}; binds {@code :day}. */
    static String activeOnJpql(String alias) {
        return "(" + alias + ".status IN ('GRANTED', 'ACTIVE', 'COMPLETED', 'ENDED_EARLY') AND " + alias
                + ".plannedStart <= :day AND COALESCE(" + alias + ".actualEnd, " + alias + ".plannedEnd) >= :day)";
    }

    /** 400 naming the field when the period does not fit the status; nothing when it does. */
    static void checkPeriod(ProjectStatus status, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualEnd,
            String endReason) {
        Ranges.requireOrdered("plannedStart", plannedStart, "plannedEnd", plannedEnd);
        if (actualEnd == null) {
            if (status == ProjectStatus.ENDED_EARLY) {
                throw ApiException.invalid("actualEnd", "is required when status is ENDED_EARLY");
            }
            return;
        }
        if (!FUNDED.contains(status)) {
            throw ApiException.invalid("actualEnd", "is only for a project that ran (status " + status + ")");
        }
        Ranges.requireOrdered("plannedStart", plannedStart, "actualEnd", actualEnd);
        if (status == ProjectStatus.ENDED_EARLY && !actualEnd.isBefore(plannedEnd)) {
            throw ApiException.invalid("actualEnd", "must be before plannedEnd when status is ENDED_EARLY");
        }
        if (!actualEnd.equals(plannedEnd) && (endReason == null || endReason.isBlank())) {
            throw ApiException.invalid("endReason", "is required when actualEnd differs from plannedEnd");
        }
    }
}
