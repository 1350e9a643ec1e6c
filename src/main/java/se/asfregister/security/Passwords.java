package se.asfregister.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.asfregister.web.ApiException;

/** bcrypt hashing and the password policy. Passwords never leave this class in any other form. */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    /** bcrypt ignores everything after 72 bytes; refuse rather than silently truncate. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = Set.of("password", "passw0rd", "123456", "qwerty", "letmein",
            "welcome", "admin", "lösenord", "losenord", "sommar", "vinter", "abc123", "iloveyou", "monkey",
            "dragon", "changeme");

    /**
     * Verifying against this keeps unknown user names as slow as wrong passwords. It is hashed
     * on another thread so that start-up does not wait for it; the first check joins it.
     */
    private CompletableFuture<String> dummyHash;

    @ConfigProperty(name = "asf.security.bcrypt-cost", defaultValue = "10")
    int cost;

    @PostConstruct
    void init() {
        dummyHash = CompletableFuture.supplyAsync(() -> hash("no-such-user-" + System.nanoTime()));
    }

    public String hash(String password) {
        return new String(BCrypt.withDefaults().hashToChar(cost, password.toCharArray()));
    }

    public boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash == null ? dummyHash.join() : hash).verified;
    }

    /** Throws a 400 naming {@code field} when the password is short, trivial or guessable from the user name. */
    public void checkPolicy(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw ApiException.invalid(field, "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ApiException.invalid(field, "must be at most " + MAX_BYTES + " bytes (UTF-8)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw ApiException.invalid(field, "must not contain the user name");
        }
        if (lower.chars().distinct().count() < 6) {
            throw ApiException.invalid(field, "must have at least 6 different characters");
        }
        for (String common : COMMON) {
            if (lower.contains(common)) {
                throw ApiException.invalid(field, "is too easy to guess");
            }
        }
        if (isSequence(lower)) {
            throw ApiException.invalid(field, "is too easy to guess");
        }
    }

    /** "abcdefghijkl", "123456789012": runs of consecutive characters. */
    private static boolean isSequence(String s) {
        int run = 1;
        for (int i = 1; i < s.length(); i++) {
            int d = s.charAt(i) - s.charAt(i - 1);
            run = d == 1 || d == -1 ? run + 1 : 1;
            if (run >= 8) {
                return true;
            }
        }
        return false;
    }
}
