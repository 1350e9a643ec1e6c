package se.asfregister.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which failed upserts run again: a lost race or a lock conflict without If-Match, nothing else. */
class WriteRacesTest {

    private static final String DEADLOCK = "40P01"; // PostgreSQL's deadlock_detected

    /** Fails with {@code failure} the first time, then stores. */
    private static String failOnce(AtomicInteger calls, RuntimeException failure) {
        if (calls.incrementAndGet() == 1) {
            throw failure;
        }
        return "stored";
    }

    private static RuntimeException deadlock() {
        return new PersistenceException("could not execute statement",
                new SQLException("deadlock detected", DEADLOCK));
    }

    @Test
    void anUpsertWithoutIfMatchRunsAgainAfterADeadlock() {
        AtomicInteger calls = new AtomicInteger();
        assertEquals("stored", WriteRaces.upsert(null, m -> failOnce(calls, deadlock())));
        assertEquals(2, calls.get());
    }

    @Test
    void anUpsertWithIfMatchLeavesTheDeadlockToTheCaller() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException failure = deadlock();
        assertSame(failure, assertThrows(RuntimeException.class,
                () -> WriteRaces.upsert("\"3\"", m -> failOnce(calls, failure))));
        assertEquals(1, calls.get());
    }

    @Test
    void anyOtherFailureIsNotRunAgain() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException failure = new PersistenceException("disk full", new SQLException("disk full", "53100"));
        assertSame(failure, assertThrows(RuntimeException.class, () -> WriteRaces.upsert(null, m -> failOnce(calls, failure))));
        assertEquals(1, calls.get());
    }

    @Test
    void aConflictThatKeepsComingGivesUpAfterTenAttempts() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(RuntimeException.class, () -> WriteRaces.upsert(null, m -> {
            calls.incrementAndGet();
            throw deadlock();
        }));
        assertEquals(10, calls.get());
    }
}
