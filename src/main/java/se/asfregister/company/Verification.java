package se.asfregister.company;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When a record of the directory was last confirmed as right, and by whom (a user name, or
 * null for rows older than the record of it). A company and each of its offerings carry one;
 * {@link Verifying} renews it on every real change, {@code POST …/verify} without one.
 */
@Embeddable
public class Verification {

    public Instant verifiedAt;

    public String verifiedBy;

    /**
     * Records a confirmation; assigns only what differs, so that confirming twice at the same
     * instant leaves the row clean. Cut to microseconds, what both databases store.
     */
    public void confirm(Instant at, String by) {
        Instant t = at.truncatedTo(ChronoUnit.MICROS);
        if (!t.equals(verifiedAt)) {
            verifiedAt = t;
        }
        if (!Objects.equals(by, verifiedBy)) {
            verifiedBy = by;
        }
    }
}
