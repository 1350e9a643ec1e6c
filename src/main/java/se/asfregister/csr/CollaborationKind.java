package se.asfregister.csr;

public enum CollaborationKind {
    PROCUREMENT,
    SUBCONTRACTING,
    WORK_PLACEMENT,
    SPONSORSHIP,
    MENTORING,
    OTHER
}
