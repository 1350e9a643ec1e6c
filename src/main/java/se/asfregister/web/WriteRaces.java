package se.asfregister.web;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Writes that lost a race with another writer of the same row: an optimistic-lock failure,
 * or a unique key that someone else inserted first. {@link ProblemMappers} answers them
 * with 412 and 409; an idempotent upsert without {@code If-Match} instead simply runs again,
 * because the caller asked for "these figures", not for a particular version.
 */
public final class WriteRaces {

    private WriteRaces() {
    }

    /** Whether {@code e} or one of its causes says the write lost a race. */
    public static boolean isRace(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (isStaleVersion(c)) {
                return true;
            }
            if (c instanceof ConstraintViolationException cve
                    && cve.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a bulk write in one transaction failed because another transaction wrote the same
     * rows at the same time: a lost race ({@link #isRace}), a constraint (SQL state 23, such as a
     * unique key written meanwhile) or a lock conflict. Everything is rolled back, so the caller
     * may send the same write again: a 409, not a 500.
     */
    public static boolean isConcurrentWrite(Throwable e) {
        return isRace(e) || isLockConflict(e) || hasSqlState(e, "23");
    }

    /**
     * Whether {@code e} or a cause says the transaction could not get a lock another one held:
     * a deadlock or serialization failure (SQL state 40), H2's lock timeout (HYT00) or H2's
     * concurrent update of a row (90131).
     */
    public static boolean isLockConflict(Throwable e) {
        return hasSqlState(e, "40") || hasSqlState(e, "HYT00") || hasSqlState(e, "90131");
    }

    private static boolean hasSqlState(Throwable e, String prefix) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** An optimistic-lock failure itself (not its causes): the row's version moved on since it was read. */
    static boolean isStaleVersion(Throwable e) {
        return e instanceof OptimisticLockException || e instanceof StaleStateException;
    }

    /**
     * Runs {@code write} (its own transaction) again after a lost race or a lock conflict (on
     * PostgreSQL a deadlock between two upserts, whose transaction was rolled back whole), at
     * most {@code attempts} times in all.
     */
    public static <T> T retry(int attempts, Supplier<T> write) {
        for (int i = 1;; i++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (i >= attempts || !(isRace(e) || isLockConflict(e))) {
                    throw e;
                }
            }
        }
    }

    /**
     * An idempotent upsert: with If-Match the caller names the version it replaces, and a lost
     * race is its 412; without, it wants these values stored whoever wrote last, so a lost race
     * runs again.
     */
    public static <T> T upsert(String ifMatch, Function<String, T> write) {
        return ifMatch == null || ifMatch.isBlank() ? retry(10, () -> write.apply(null)) : write.apply(ifMatch);
    }
}
