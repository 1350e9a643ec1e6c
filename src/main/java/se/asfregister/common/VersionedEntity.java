package se.asfregister.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What every editable resource has: an optimistic-lock {@code version} (its ETag) and
 * creation/update times. Timestamps are cut to microseconds, what both databases store, so
 * a response equals a later read; {@code @PreUpdate} runs only for a real change, so an
 * identical PUT keeps {@code updatedAt}. Services therefore assign a field only when it
 * changes, and replace a collection only through {@link #replaceIfChanged}.
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Version
    public long version;

    public Instant createdAt;

    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Touching a persistent collection marks it dirty; only do so for a real change. Compared as
     * copies: Hibernate's bag (a mapped {@code List}) inherits identity equality, so it never
     * equals a plain list of the same elements.
     */
    public static <T> void replaceIfChanged(Collection<T> current, Collection<? extends T> wanted) {
        if (!Objects.equals(copy(current), copy(wanted))) {
            current.clear();
            current.addAll(wanted);
        }
    }

    private static Collection<?> copy(Collection<?> c) {
        return c instanceof Set ? Set.copyOf(c) : List.copyOf(c);
    }
}
