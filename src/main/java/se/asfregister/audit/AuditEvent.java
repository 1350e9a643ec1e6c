package se.asfregister.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One recorded write. Read-only here: rows are inserted by {@link AuditInterceptor} only. */
@Entity
@Immutable
public class AuditEvent extends PanacheEntityBase {

    @Id
    public Long id;

    public Instant occurredAt;

    public String username;

    public String action;

    public String entityType;

    public String entityId;

    public String changedFields;
}
