package se.asfregister.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import se.asfregister.audit.AuditInterceptor.DirectWrite;
import se.asfregister.security.CurrentUser;

/** The rows of {@code audit_event}, as both the interceptor and direct (JDBC) writers insert them. */
final class AuditRows {

    static final String INSERT = "INSERT INTO audit_event (occurred_at, username, action, entity_type, "
            + "entity_id, changed_fields) VALUES (?, ?, ?, ?, ?, ?)";

    /** Events per INSERT statement: one round trip carries many events on both databases. */
    private static final int EVENTS_PER_INSERT = 100;

    /** The column holds at most this many characters of field names. */
    private static final int FIELDS_LENGTH = 4000;

    /** One row: who did what to which entity, and the names of the fields it set or changed. */
    record Event(OffsetDateTime at, String user, String action, String entityType, String entityId,
            Collection<String> fields) {
    }

    private AuditRows() {
    }

    /** Now, as the column stores it (microseconds, UTC). */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Binds {@code e} to the six parameters from {@code p} on; the next free parameter. */
    static int bind(PreparedStatement ps, int p, Event e) throws SQLException {
        String names = String.join(",", e.fields());
        ps.setObject(p++, e.at());
        ps.setString(p++, e.user());
        ps.setString(p++, e.action());
        ps.setString(p++, e.entityType());
        ps.setString(p++, e.entityId());
        ps.setString(p++, names.length() > FIELDS_LENGTH ? names.substring(0, FIELDS_LENGTH) : names);
        return p;
    }

    /**
     * One event per written entity, in multi-row INSERTs of {@link #EVENTS_PER_INSERT}, ten to
     * a round trip (what this costs a 100,000-row import: docs/performance.md).
     */
    static void insertDirect(Connection con, String action, String entityType, List<DirectWrite> writes)
            throws SQLException {
        OffsetDateTime now = now();
        String user = CurrentUser.nameForAudit();
        int full = writes.size() / EVENTS_PER_INSERT;
        if (full > 0) {
            try (PreparedStatement ps = con.prepareStatement(insertOf(EVENTS_PER_INSERT))) {
                for (int s = 0; s < full; s++) {
                    bindAll(ps, writes.subList(s * EVENTS_PER_INSERT, (s + 1) * EVENTS_PER_INSERT), now, user, action,
                            entityType);
                    ps.addBatch();
                    if ((s + 1) % 10 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        List<DirectWrite> rest = writes.subList(full * EVENTS_PER_INSERT, writes.size());
        if (!rest.isEmpty()) {
            try (PreparedStatement ps = con.prepareStatement(insertOf(rest.size()))) {
                bindAll(ps, rest, now, user, action, entityType);
                ps.executeUpdate();
            }
        }
    }

    private static String insertOf(int rows) {
        String head = INSERT.substring(0, INSERT.indexOf("VALUES") + 7);
        return head + String.join(",", Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?)"));
    }

    private static void bindAll(PreparedStatement ps, List<DirectWrite> writes, OffsetDateTime now, String user,
            String action, String entityType) throws SQLException {
        int p = 1;
        for (DirectWrite w : writes) {
            p = bind(ps, p, new Event(now, user, action, entityType, w.entityId(), w.fields()));
        }
    }
}
