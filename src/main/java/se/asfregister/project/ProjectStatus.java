package se.asfregister.project;

/**
 * Where a project stands. Only a project that was granted money can run: {@link ProjectRules}
 * counts {@code GRANTED}, {@code ACTIVE}, {@code COMPLETED} and {@code ENDED_EARLY} as running
 * within its period and as funded.
 */
public enum ProjectStatus {
    PLANNED,
    APPLIED,
    GRANTED,
    ACTIVE,
    COMPLETED,
    ENDED_EARLY,
    REJECTED
}
