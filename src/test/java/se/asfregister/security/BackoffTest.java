package se.asfregister.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The waits after failed logins: the production defaults, worked out by hand. */
class BackoffTest {

    // 4 free failures, then 1 s doubling up to 15 min
    private static final Backoff DEFAULTS = new Backoff(4, Duration.ofSeconds(1), Duration.ofMinutes(15));

    @Test
    void theFirstFailuresAreFree() {
        for (int n = 0; n <= 4; n++) {
            assertEquals(Duration.ZERO, DEFAULTS.after(n), "failure " + n);
        }
    }

    @Test
    void thenTheWaitDoublesUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(1), DEFAULTS.after(5));
        assertEquals(Duration.ofSeconds(2), DEFAULTS.after(6));
        assertEquals(Duration.ofSeconds(4), DEFAULTS.after(7));
        // 2^9 = 512 s, 2^10 = 1024 s > 900 s
        assertEquals(Duration.ofSeconds(512), DEFAULTS.after(14));
        assertEquals(Duration.ofMinutes(15), DEFAULTS.after(15));
        assertEquals(Duration.ofMinutes(15), DEFAULTS.after(10_000));
    }

    @Test
    void guessingFromOneAddressSlowsToAboutOneAttemptPerMaximum() {
        // 20 failures wait 0+0+0+0 + 1+2+4+...+512 + 6 × 900 s = 1023 s + 5400 s
        Duration total = Duration.ZERO;
        for (int n = 1; n <= 20; n++) {
            total = total.plus(DEFAULTS.after(n));
        }
        assertEquals(Duration.ofSeconds(1023 + 5400), total);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(-1, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(3, Duration.ofSeconds(10), Duration.ofSeconds(1)));
    }
}
