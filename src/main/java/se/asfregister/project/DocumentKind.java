package se.asfregister.project;

public enum DocumentKind {
    APPLICATION,
    DECISION,
    FINAL_REPORT,
    EVALUATION,
    OTHER
}
