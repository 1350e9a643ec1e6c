package se.asfregister.security;

import java.time.Duration;

/**
 * How long a (user name, client address) pair waits after its {@code n}-th failed login in a
 * row: nothing for the first {@code freeFailures}, then {@code firstDelay}, doubling with each
 * further failure up to {@code maxDelay}. Someone who mistypes a few times barely notices;
 * guessing from one address slows to about one attempt per {@code maxDelay}.
 */
public record Backoff(int freeFailures, Duration firstDelay, Duration maxDelay) {

    public Backoff {
        if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("free failures >= 0 and 0 <= first delay <= max delay");
        }
    }

    /** The wait after {@code failures} failed logins in a row; zero while they are free. */
    public Duration after(int failures) {
        int doublings = failures - freeFailures - 1;
        if (doublings < 0) {
            return Duration.ZERO;
        }
        // past 2^30 times the first delay every sensible maximum has been reached
        Duration wait = firstDelay.multipliedBy(1L << Math.min(doublings, 30));
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }
}
