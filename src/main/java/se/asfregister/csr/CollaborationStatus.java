package se.asfregister.csr;

/** Only {@code ACTIVE} and {@code COMPLETED} collaborations count (see {@link CollaborationRules}). */
public enum CollaborationStatus {
    PLANNED,
    ACTIVE,
    COMPLETED,
    CANCELLED
}
