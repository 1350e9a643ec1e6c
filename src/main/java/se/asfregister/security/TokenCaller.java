package se.asfregister.security;

import java.util.List;

/** {@code GET /me} for a caller signed in with a bearer token: it has no user row, only what its token grants. */
public record TokenCaller(String subject, List<Role> roles, List<Long> companyIds) {

    static TokenCaller of(Principal p) {
        return new TokenCaller(p.username(), p.roles().stream().sorted().toList(),
                p.companyIds().stream().sorted().toList());
    }
}
