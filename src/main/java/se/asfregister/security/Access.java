package se.asfregister.security;

/**
 * Who may call an operation. The contract names the same values in each operation's
 * {@code x-access}; the matrix test checks that both agree.
 */
public enum Access {
    /** Anyone, also anonymous callers (who get the public view: no contact data, suppressed counts). */
    PUBLIC("public"),
    /** Any signed-in user. */
    AUTHENTICATED("authenticated"),
    /** ADMIN, ANALYST, and a REPORTER bound to the company in the path. */
    COMPANY_READ("company-read"),
    /** ADMIN, ANALYST and REPORTER; a REPORTER sees only rows of its own companies (the service filters). */
    REPORTER_READ("reporter-read"),
    /** ADMIN, and a REPORTER bound to the company in the path. */
    COMPANY_WRITE("company-write"),
    /** ADMIN and REPORTER; the service checks every row against the reporter's companies (bulk import). */
    REPORTER_WRITE("reporter-write"),
    /** ADMIN and ANALYST. */
    ANALYST("analyst"),
    /** ADMIN only. */
    ADMIN("admin");

    public final String contractName;

    Access(String contractName) {
        this.contractName = contractName;
    }

    public static Access ofContractName(String name) {
        for (Access a : values()) {
            if (a.contractName.equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown x-access '" + name + "'");
    }
}
