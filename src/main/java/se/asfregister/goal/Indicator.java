package se.asfregister.goal;

/** What a goal measures; the reporting component defines how each is computed for a year. */
public enum Indicator {
    EMPLOYEES,
    PARTICIPANTS,
    ACTIVE_COMPANIES,
    NETWORK_MEETINGS_PER_YEAR,
    CSR_COLLABORATIONS,
    MUNICIPALITIES_WITH_POLICY,
    TRANSITIONS_TO_WORK,
    TRAINING_ACTIVITIES,
    /** Active companies that applied for financing in the year. */
    COMPANIES_SEEKING_FUNDING,
    /** Active companies with a social media account in use on 31 December. */
    COMPANIES_USING_SOCIAL_MEDIA
}
