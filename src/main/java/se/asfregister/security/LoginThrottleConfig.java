package se.asfregister.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How failed logins slow down the next attempt of the same user name from the same client address. */
@ConfigMapping(prefix = "asf.security.login")
public interface LoginThrottleConfig {

    /** Failed logins in a row that cost nothing; the one after them starts the waiting. */
    @WithDefault("4")
    int freeFailures();

    /** The wait after the first failure past the free ones; each further failure doubles it. */
    @WithDefault("PT1S")
    Duration firstDelay();

    /** The longest wait between two attempts. */
    @WithDefault("PT15M")
    Duration maxDelay();

    /** After this long without a failure the count starts again from zero (and the row is deleted). */
    @WithDefault("PT24H")
    Duration forgetAfter();

    default Backoff backoff() {
        return new Backoff(freeFailures(), firstDelay(), maxDelay());
    }
}
