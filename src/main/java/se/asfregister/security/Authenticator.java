package se.asfregister.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.asfregister.web.ApiException;
import se.asfregister.web.ProblemType;

/**
 * HTTP Basic against the users table. Failed attempts and lock-outs are counted in the
 * database (not in memory), so every instance behind the load balancer enforces the same lock.
 */
@ApplicationScoped
public class Authenticator {

    public static final String CHALLENGE = "Basic realm=\"ASF Register\", charset=\"UTF-8\"";

    @Inject
    Passwords passwords;

    @ConfigProperty(name = "asf.security.max-failed-logins", defaultValue = "5")
    int maxFailedLogins;

    @ConfigProperty(name = "asf.security.lockout", defaultValue = "PT5M")
    Duration lockout;

    /** The caller named by an Authorization header; empty when there is none. Throws 401 or 429. */
    public Optional<Principal> authenticate(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String[] credentials = parse(authorization);
        // The bookkeeping must commit even when the login fails, so the failure is thrown afterwards.
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> check(credentials[0], credentials[1]));
        if (outcome.failure != null) {
            throw outcome.failure;
        }
        return Optional.of(outcome.principal);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(ProblemType.UNAUTHORIZED, detail, null, Map.of("WWW-Authenticate", CHALLENGE));
    }

    private record Outcome(Principal principal, ApiException failure) {
    }

    private Outcome check(String username, String password) {
        AppUser u = AppUser.byUsername(username).orElse(null);
        Instant now = Instant.now();
        if (u != null && u.lockedUntil != null && u.lockedUntil.isAfter(now)) {
            return new Outcome(null, locked(u.lockedUntil, now));
        }
        boolean ok = passwords.matches(password, u == null ? null : u.passwordHash);
        if (u == null || !ok) {
            if (u != null) {
                AppUser.update("failedLogins = failedLogins + 1 where id = ?1", u.id);
                Instant until = now.plus(lockout);
                long lockedNow = AppUser.update("lockedUntil = ?1, failedLogins = 0 where id = ?2 and failedLogins >= ?3",
                        until, u.id, maxFailedLogins);
                if (lockedNow > 0) {
                    return new Outcome(null, locked(until, now));
                }
            }
            return new Outcome(null, unauthorized("The user name or password is wrong"));
        }
        if (!u.enabled) {
            return new Outcome(null, unauthorized("The user name or password is wrong"));
        }
        if (u.failedLogins > 0 || u.lockedUntil != null) {
            AppUser.update("failedLogins = 0, lockedUntil = null where id = ?1", u.id);
        }
        return new Outcome(new Principal(u.id, u.username, Set.copyOf(u.roles), Set.copyOf(new TreeSet<>(u.companyIds))),
                null);
    }

    private static ApiException locked(Instant until, Instant now) {
        long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
        return new ApiException(ProblemType.TOO_MANY_REQUESTS,
                "Too many failed logins for this user; try again in " + seconds + " seconds", null,
                Map.of("Retry-After", Long.toString(seconds)));
    }

    /** {@code Basic base64(user:password)} → [user, password]. */
    static String[] parse(String header) {
        String h = header.trim();
        if (h.length() < 6 || !h.substring(0, 6).equalsIgnoreCase("basic ")) {
            throw unauthorized("Only HTTP Basic authentication is supported");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized("The Basic credentials are not valid Base64");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw unauthorized("The Basic credentials must be user:password");
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }
}
