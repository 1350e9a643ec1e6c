package se.asfregister.policy;

/** Only {@code ADOPTED} and {@code REVISED} policies can be in force (see {@link PolicyRules}). */
public enum PolicyStatus {
    DRAFT,
    ADOPTED,
    REVISED,
    REPEALED
}
