package se.asfregister.company;

public enum CompanyStatus {
    ACTIVE,
    INACTIVE,
    CLOSED
}
