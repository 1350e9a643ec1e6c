package se.asfregister.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.asfregister.web.ApiException;
import se.asfregister.web.ProblemType;

/**
 * HTTP Basic against the users table. Failed attempts and lock-outs are counted in the
 * database (not in memory), so every instance behind the load balancer enforces the same lock.
 * <p>
 * bcrypt is slow on purpose (tens of milliseconds), far too slow to run on every request of
 * an integration or SPA, so a successful check is remembered for {@code asf.security.auth-cache-ttl}
 * under a SHA-256 of the credentials (never the password itself). A failed login forgets the
 * user's entries, so a lock-out applies at once; changes to users forget everything
 * ({@link #forgetAll}). Other instances see a change to a user within the TTL.
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

    @ConfigProperty(name = "asf.security.auth-cache-ttl", defaultValue = "PT30S")
    Duration cacheTtl;

    /** Bound on remembered credentials; past it the cache starts over rather than grow. */
    static final int MAX_REMEMBERED = 10_000;

    private record Remembered(Principal principal, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    /** Checks in progress, by credentials. */
    private final ConcurrentHashMap<String, CompletableFuture<Principal>> checking = new ConcurrentHashMap<>();

    /** The caller named by an Authorization header; empty when there is none. Throws 401 or 429. */
    public Optional<Principal> authenticate(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String[] credentials = parse(authorization);
        String key = cacheTtl.isZero() || cacheTtl.isNegative() ? null : key(credentials);
        if (key == null) {
            return Optional.of(verify(credentials));
        }
        Remembered r = remembered.get(key);
        if (r != null && r.expiresAtNanos - System.nanoTime() > 0) {
            return Optional.of(r.principal);
        }
        // When a remembered login expires, every request that carries it arrives at once: one of
        // them runs bcrypt, the others wait for its answer instead of each running it again.
        CompletableFuture<Principal> mine = new CompletableFuture<>();
        CompletableFuture<Principal> running = checking.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return Optional.of(running.join());
            } catch (CompletionException e) {
                throw (RuntimeException) e.getCause();
            }
        }
        try {
            Principal p = verify(credentials);
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(key, new Remembered(p, System.nanoTime() + cacheTtl.toNanos()));
            mine.complete(p);
            return Optional.of(p);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    /** The database and bcrypt check; a failure forgets the user's remembered logins. */
    private Principal verify(String[] credentials) {
        // The bookkeeping must commit even when the login fails, so the failure is thrown afterwards.
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> check(credentials[0], credentials[1]));
        if (outcome.failure != null) {
            forget(credentials[0]);
            throw outcome.failure;
        }
        return outcome.principal;
    }

    /** Forgets every remembered login of {@code username}. */
    public void forget(String username) {
        remembered.values().removeIf(r -> r.principal.username().equals(username));
    }

    /** Forgets every remembered login: users, roles, bindings or passwords changed. */
    public void forgetAll() {
        remembered.clear();
    }

    private static String key(String[] credentials) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(credentials[0].getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(credentials[1].getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
