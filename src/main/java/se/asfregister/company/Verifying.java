package se.asfregister.company;

import io.quarkus.arc.Arc;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import se.asfregister.common.SwedishClock;
import se.asfregister.security.CurrentUser;

/**
 * Every write that creates or really changes a {@link Verifiable} record confirms it: whoever
 * wrote it has just looked at it. Hibernate calls {@code @PreUpdate} only for a real change, so
 * an identical PUT confirms nothing (use {@code POST …/verify}). JPA instantiates listeners
 * itself, so the clock and the caller are looked up, as the audit trail does.
 */
public class Verifying {

    @PrePersist
    @PreUpdate
    void confirm(Object entity) {
        if (entity instanceof Verifiable v) {
            v.verification().confirm(Arc.container().instance(SwedishClock.class).get().now(),
                    CurrentUser.nameForAudit());
        }
    }
}
