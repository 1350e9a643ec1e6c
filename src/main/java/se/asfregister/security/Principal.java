package se.asfregister.security;

import java.util.Set;

/**
 * The authenticated caller of one request: a user read from the database, or the subject of
 * a bearer token ({@link #TOKEN_CALLER} as id, the token's subject as user name).
 */
public record Principal(long id, String username, Set<Role> roles, Set<Long> companyIds) {

    /** The id of a caller that signed in with a bearer token: it has no row in the users table. */
    public static final long TOKEN_CALLER = 0;

    public static Principal ofToken(String subject, Set<Role> roles, Set<Long> companyIds) {
        return new Principal(TOKEN_CALLER, subject, Set.copyOf(roles), Set.copyOf(companyIds));
    }

    public boolean fromToken() {
        return id == TOKEN_CALLER;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** ADMIN and ANALYST read everything. */
    public boolean readsEverything() {
        return has(Role.ADMIN) || has(Role.ANALYST);
    }

    public boolean boundTo(long companyId) {
        return has(Role.REPORTER) && companyIds.contains(companyId);
    }
}
