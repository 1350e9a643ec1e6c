package se.asfregister.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Failed logins per (user name, client address), in the database so that every instance
 * counts the same attempts. A user name that does not exist is counted exactly like one that
 * does. Each attempt is counted as failed before its password is checked, under a lock on its
 * row: parallel guesses from one address queue on that row, and those past the free failures
 * are refused without a check instead of all being checked at once. A success deletes the row.
 */
@ApplicationScoped
class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);

    /** The pair an attempt is counted for, both parts as SHA-256 (hex) of what was sent. */
    record Key(String user, String client) {
        static Key of(String username, String clientAddress) {
            return new Key(sha256(username), sha256(clientAddress));
        }
    }

    /** An attempt not to be checked before {@code refusedUntil}, or to be checked; a wrong password then waits until {@code waitIfWrong}. */
    record Attempt(Instant refusedUntil, Instant waitIfWrong) {
        boolean refused() {
            return refusedUntil != null;
        }
    }

    private record Row(int failures, Instant lastFailure, Instant blockedUntil) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    LoginThrottleConfig config;

    /** Counts an attempt of {@code key}, committed before the password is checked. */
    Attempt begin(Key key, Instant now) {
        Attempt attempt;
        try {
            attempt = QuarkusTransaction.requiringNew().call(() -> count(key, now));
        } catch (RuntimeException e) {
            // a parallel first attempt of the same pair inserted its row first: count on that row
            attempt = QuarkusTransaction.requiringNew().call(() -> count(key, now));
        }
        return attempt;
    }

    /**
     * After a failed login: pairs quiet for {@code forget-after} are deleted, so the table holds
     * recent failures only. Housekeeping in a transaction of its own: it never fails a request.
     */
    void forgetQuietPairs(Instant now) {
        try {
            QuarkusTransaction.requiringNew().run(() -> update("DELETE FROM login_throttle WHERE last_failure < ?",
                    utc(now.minus(config.forgetAfter()))));
        } catch (RuntimeException e) {
            LOG.debugf(e, "Quiet login throttle rows were not deleted this time");
        }
    }

    /** The password was right: the pair starts again from zero. */
    void succeeded(Key key) {
        QuarkusTransaction.requiringNew().run(() -> update("DELETE FROM login_throttle WHERE user_key = ? AND client_key = ?",
                key.user(), key.client()));
    }

    /** A password reset (or a recovery at start) lifts the waits of {@code username} from every address. */
    void forgetUser(String username) {
        update("DELETE FROM login_throttle WHERE user_key = ?", sha256(username));
    }

    private Attempt count(Key key, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Row row = lock(c, key);
            if (row != null && row.blockedUntil() != null && row.blockedUntil().isAfter(now)) {
                return new Attempt(row.blockedUntil(), null);
            }
            boolean fresh = row == null || row.lastFailure().isBefore(now.minus(config.forgetAfter()));
            int failures = fresh ? 1 : row.failures() + 1;
            Duration wait = config.backoff().after(failures);
            Instant until = wait.isZero() ? null : now.plus(wait);
            String sql = row == null
                    ? "INSERT INTO login_throttle (failures, last_failure, blocked_until, user_key, client_key) "
                            + "VALUES (?, ?, ?, ?, ?)"
                    : "UPDATE login_throttle SET failures = ?, last_failure = ?, blocked_until = ? "
                            + "WHERE user_key = ? AND client_key = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, failures);
                ps.setObject(2, utc(now));
                ps.setObject(3, until == null ? null : utc(until));
                ps.setString(4, key.user());
                ps.setString(5, key.client());
                ps.executeUpdate();
            }
            return new Attempt(null, until);
        }
    }

    private static Row lock(Connection c, Key key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT failures, last_failure, blocked_until FROM login_throttle "
                + "WHERE user_key = ? AND client_key = ? FOR UPDATE")) {
            ps.setString(1, key.user());
            ps.setString(2, key.client());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                OffsetDateTime blocked = rs.getObject(3, OffsetDateTime.class);
                return new Row(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        blocked == null ? null : blocked.toInstant());
            }
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Login throttle update failed", e);
        }
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    static String sha256(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
