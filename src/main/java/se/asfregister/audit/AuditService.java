package se.asfregister.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import se.asfregister.web.ApiException;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Ranges;
import se.asfregister.web.Where;

/** Reading the audit trail; writing it is {@link AuditInterceptor}'s job alone. */
@ApplicationScoped
public class AuditService {

    static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt", "id", "id");

    public record AuditEventResponse(long id, Instant occurredAt, String user, String action, String entityType,
            String entityId, List<String> changedFields) {

        static AuditEventResponse of(AuditEvent e) {
            return new AuditEventResponse(e.id, e.occurredAt, e.username, e.action, e.entityType, e.entityId,
                    e.changedFields == null || e.changedFields.isEmpty() ? List.of()
                            : Arrays.asList(e.changedFields.split(",")));
        }
    }

    public Paged<AuditEventResponse> list(String user, String entityType, String entityId, Instant from, Instant to,
            PageRequest req) {
        Ranges.requireOrdered("from", from, "to", to);
        var where = new Where()
                .and("username = :user", "user", user)
                .and("entityType = :type", "type", entityType)
                .and("entityId = :eid", "eid", entityId)
                .and("occurredAt >= :from", "from", from)
                .and("occurredAt < :to", "to", to);
        PanacheQuery<AuditEvent> q = AuditEvent.<AuditEvent>find(where.query(), req.panacheSort(), where.params())
                .page(req.panachePage());
        return Paged.of(q.list(), req, q::count, AuditEventResponse::of);
    }

    /** An ISO-8601 instant such as 2026-01-31T12:00:00Z; a 400 naming the parameter otherwise. */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }
}
