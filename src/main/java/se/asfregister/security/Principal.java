package se.asfregister.security;

import java.util.Set;

/** The authenticated caller of one request, as read from the database. */
public record Principal(long id, String username, Set<Role> roles, Set<Long> companyIds) {

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
