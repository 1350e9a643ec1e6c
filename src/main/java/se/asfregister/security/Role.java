package se.asfregister.security;

/** What a user may do; see docs/security.md for the full matrix. */
public enum Role {
    /** Everything, including users and the audit trail. */
    ADMIN,
    /** Reads everything (contact data, exact aggregates, exports); writes nothing. */
    ANALYST,
    /** Writes the profile and employment reports of the companies it is bound to, and reads them. */
    REPORTER
}
