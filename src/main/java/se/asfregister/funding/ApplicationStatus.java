package se.asfregister.funding;

/** Where a company's application for financing stands. */
public enum ApplicationStatus {
    APPLIED,
    GRANTED,
    REJECTED
}
