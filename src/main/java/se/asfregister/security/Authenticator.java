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
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.asfregister.web.ApiException;
import se.asfregister.web.ProblemType;

/**
 * HTTP Basic against the users table, and bearer tokens of an OpenID Connect issuer when
 * configured ({@link BearerTokens}). Failed logins slow down the next attempt of the same
 * user name from the same client address ({@link LoginThrottle}, in the database, so every
 * instance counts the same attempts); the answers never depend on whether the name exists.
 * <p>
 * bcrypt is slow on purpose (tens of milliseconds), far too slow to run on every request of
 * an integration or SPA, so a successful check is remembered for {@code asf.security.auth-cache-ttl}
 * under a SHA-256 of the credentials (never the password itself). A failed login forgets the
 * user's entries, so a wait applies at once; changes to users forget everything
 * ({@link #forgetAll}). Other instances see a change to a user within the TTL.
 */
@ApplicationScoped
public class Authenticator {

    public static final String CHALLENGE = "Basic realm=\"ASF Register\", charset=\"UTF-8\"";

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    BearerTokens bearerTokens;

    @ConfigProperty(name = "asf.security.auth-cache-ttl", defaultValue = "PT30S")
    Duration cacheTtl;

    /** Bound on remembered credentials; past it the cache starts over rather than grow. */
    static final int MAX_REMEMBERED = 10_000;

    private record Remembered(Principal principal, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    /** Checks in progress, by credentials and client address. */
    private final ConcurrentHashMap<String, CompletableFuture<Principal>> checking = new ConcurrentHashMap<>();

    /**
     * The caller named by an Authorization header, sent from {@code clientAddress}; empty when
     * there is none. Throws 401 or 429. The address is asked for only when a password is checked:
     * behind a proxy, working it out parses the forwarding headers.
     */
    public Optional<Principal> authenticate(String authorization, Supplier<String> clientAddress) {
        if (authorization == null) {
            return Optional.empty();
        }
        String token = bearerToken(authorization);
        if (token != null) {
            return Optional.of(bearerTokens.authenticate(token));
        }
        String[] credentials = parse(authorization);
        String key = key(credentials);
        boolean remember = !cacheTtl.isZero() && !cacheTtl.isNegative();
        Remembered r = remember ? remembered.get(key) : null;
        if (r != null && r.expiresAtNanos - System.nanoTime() > 0) {
            return Optional.of(r.principal);
        }
        // Requests with the same credentials from the same address at the same moment (an SPA's
        // parallel calls, or all of them when a remembered login expires) share one check: bcrypt
        // runs once, and the throttle counts one attempt for them, not one attempt each.
        String address = clientAddress.get();
        String inFlight = key + "|" + address;
        CompletableFuture<Principal> mine = new CompletableFuture<>();
        CompletableFuture<Principal> running = checking.putIfAbsent(inFlight, mine);
        if (running != null) {
            try {
                return Optional.of(running.join());
            } catch (CompletionException e) {
                throw (RuntimeException) e.getCause();
            }
        }
        try {
            Principal p = verify(credentials, address);
            if (remember) {
                remember(key, p);
            }
            mine.complete(p);
            return Optional.of(p);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(inFlight, mine);
        }
    }

    private void remember(String key, Principal p) {
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(key, new Remembered(p, System.nanoTime() + cacheTtl.toNanos()));
    }

    /**
     * The throttle, the database and bcrypt. Known and unknown user names take the same steps
     * (an unknown name is checked against a dummy hash), so neither the answer nor its timing
     * tells them apart. A failure forgets the user's remembered logins.
     */
    private Principal verify(String[] credentials, String clientAddress) {
        LoginThrottle.Key pair = LoginThrottle.Key.of(credentials[0], clientAddress);
        Instant now = Instant.now();
        LoginThrottle.Attempt attempt = throttle.begin(pair, now);
        if (attempt.refused()) {
            forget(credentials[0]);
            throw tooMany(attempt.refusedUntil(), now);
        }
        Candidate c = QuarkusTransaction.requiringNew().call(() -> candidate(credentials[0]));
        boolean ok = passwords.matches(credentials[1], c == null ? null : c.passwordHash());
        if (!ok || c == null || !c.enabled()) {
            forget(credentials[0]);
            throttle.forgetQuietPairs(now);
            throw attempt.waitIfWrong() == null ? unauthorized(WRONG_CREDENTIALS) : tooMany(attempt.waitIfWrong(), now);
        }
        throttle.succeeded(pair);
        return c.principal();
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

    static final String WRONG_CREDENTIALS = "The user name or password is wrong";

    /** What a login is checked against; read in one short transaction, the hash checked after it. */
    private record Candidate(String passwordHash, boolean enabled, Principal principal) {
    }

    private static Candidate candidate(String username) {
        return AppUser.byUsername(username).map(u -> new Candidate(u.passwordHash, u.enabled,
                new Principal(u.id, u.username, Set.copyOf(u.roles), Set.copyOf(new TreeSet<>(u.companyIds)))))
                .orElse(null);
    }

    private static ApiException tooMany(Instant until, Instant now) {
        long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
        return new ApiException(ProblemType.TOO_MANY_REQUESTS, "Too many failed logins with this user name from "
                + "this address; try again in " + seconds + " seconds", null,
                Map.of("Retry-After", Long.toString(seconds)));
    }

    /** The token of {@code Bearer <token>} (OpenID Connect, {@link BearerTokens}), or null for any other scheme. */
    static String bearerToken(String header) {
        String h = header.trim();
        return h.length() > 7 && h.substring(0, 7).equalsIgnoreCase("bearer ") ? h.substring(7).trim() : null;
    }

    /** {@code Basic base64(user:password)} → [user, password]. */
    static String[] parse(String header) {
        String h = header.trim();
        if (h.length() < 6 || !h.substring(0, 6).equalsIgnoreCase("basic ")) {
            throw unauthorized("Only HTTP Basic and bearer tokens are supported");
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
