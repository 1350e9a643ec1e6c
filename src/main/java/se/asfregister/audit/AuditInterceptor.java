package se.asfregister.audit;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.hibernate.HibernateException;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;
import se.asfregister.security.CurrentUser;

/**
 * The audit trail, for every entity of the persistence unit, present and future: Hibernate
 * reports each insert, update and delete here during a flush, and after the flush's SQL ran
 * the events are inserted on the same connection, in the same transaction. A write that
 * fails (or rolls back later) therefore leaves no event. Only field names are recorded,
 * never values, because values include personal data.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    /** Maintained automatically; recording them would only add noise. */
    private static final Set<String> IGNORED = Set.of("version", "createdAt", "updatedAt");

    private static final String INSERT = "INSERT INTO audit_event (occurred_at, username, action, entity_type, "
            + "entity_id, changed_fields) VALUES (?, ?, ?, ?, ?, ?)";

    /** Changes seen in the flush that runs on this thread, keyed by entity type and id. */
    private static final ThreadLocal<Map<String, Change>> PENDING = ThreadLocal.withInitial(LinkedHashMap::new);
    private static final ThreadLocal<String> ACTION_OVERRIDE = new ThreadLocal<>();

    @Inject
    DataSource dataSource;

    private static final class Change {
        final String entityType;
        final String entityId;
        String action;
        final Set<String> fields = new TreeSet<>();

        Change(String entityType, String entityId, String action) {
            this.entityType = entityType;
            this.entityId = entityId;
            this.action = action;
        }
    }

    /**
     * Records the writes of the current transaction under another action name, e.g. "IMPORT"
     * for a bulk import; cleared when the transaction ends.
     */
    public static void recordAs(String action) {
        ACTION_OVERRIDE.set(action);
    }

    /** One entity written without Hibernate, and the names of its fields that the write set or changed. */
    public record DirectWrite(String entityId, Collection<String> fields) {
    }

    /** Events per INSERT statement: one round trip carries many events on both databases. */
    private static final int EVENTS_PER_INSERT = 100;

    /**
     * Records one event per entity for writes that bypassed Hibernate (a bulk import's JDBC
     * batches), on the writer's own connection so that they commit or roll back with the
     * write. Events go in multi-row INSERTs of {@link #EVENTS_PER_INSERT}, ten to a round trip
     * (what this costs a 100,000-row import: docs/performance.md).
     */
    public static void recordDirect(Connection con, String action, String entityType, List<DirectWrite> writes)
            throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String user = CurrentUser.nameForAudit();
        String tuple = "(?, ?, ?, ?, ?, ?)";
        int full = writes.size() / EVENTS_PER_INSERT;
        String head = INSERT.substring(0, INSERT.indexOf("VALUES") + 7);
        if (full > 0) {
            try (PreparedStatement ps = con.prepareStatement(head + String.join(",",
                    Collections.nCopies(EVENTS_PER_INSERT, tuple)))) {
                for (int s = 0; s < full; s++) {
                    int p = 1;
                    for (DirectWrite w : writes.subList(s * EVENTS_PER_INSERT, (s + 1) * EVENTS_PER_INSERT)) {
                        p = bind(ps, p, now, user, action, entityType, w);
                    }
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
            try (PreparedStatement ps = con.prepareStatement(head + String.join(",",
                    Collections.nCopies(rest.size(), tuple)))) {
                int p = 1;
                for (DirectWrite w : rest) {
                    p = bind(ps, p, now, user, action, entityType, w);
                }
                ps.executeUpdate();
            }
        }
    }

    private static int bind(PreparedStatement ps, int p, OffsetDateTime now, String user, String action,
            String entityType, DirectWrite w) throws SQLException {
        String names = String.join(",", w.fields());
        ps.setObject(p++, now);
        ps.setString(p++, user);
        ps.setString(p++, action);
        ps.setString(p++, entityType);
        ps.setString(p++, w.entityId());
        ps.setString(p++, names.length() > 4000 ? names.substring(0, 4000) : names);
        return p;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        Change c = change(entity, id, "CREATE");
        for (int i = 0; i < names.length; i++) {
            Object v = state[i];
            boolean empty = v == null || (v instanceof java.util.Collection<?> col && col.isEmpty())
                    || (v instanceof Map<?, ?> m && m.isEmpty());
            if (!empty) {
                field(c, names[i]);
            }
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names,
            Type[] types) {
        Change c = change(entity, id, "UPDATE");
        for (int i = 0; i < names.length; i++) {
            if (types[i].isCollectionType()) {
                continue; // reported by onCollectionUpdate
            }
            if (previous == null || !types[i].isEqual(current[i], previous[i])) {
                field(c, names[i]);
            }
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        change(entity, id, "DELETE").action = "DELETE";
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        collectionChanged(collection, key);
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        collectionChanged(collection, key);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        collectionChanged(collection, key);
    }

    private void collectionChanged(Object collection, Object key) {
        if (collection instanceof PersistentCollection<?> pc && pc.getOwner() != null && pc.getRole() != null) {
            String role = pc.getRole();
            Change c = change(pc.getOwner(), key, "UPDATE");
            field(c, role.substring(role.lastIndexOf('.') + 1));
        }
    }

    @Override
    public void postFlush(Iterator<Object> entities) {
        Map<String, Change> pending = PENDING.get();
        if (pending.isEmpty()) {
            return;
        }
        String user = CurrentUser.nameForAudit();
        String override = ACTION_OVERRIDE.get();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // Agroal hands out the connection already enlisted in this transaction: same transaction as the write.
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(INSERT)) {
            for (Change c : pending.values()) {
                if (c.action.equals("UPDATE") && c.fields.isEmpty()) {
                    continue; // only automatic fields moved
                }
                ps.setObject(1, now);
                ps.setString(2, user);
                ps.setString(3, override != null && !c.action.equals("DELETE") ? override : c.action);
                ps.setString(4, c.entityType);
                ps.setString(5, c.entityId);
                String fields = c.action.equals("DELETE") ? "" : String.join(",", c.fields);
                ps.setString(6, fields.length() > 4000 ? fields.substring(0, 4000) : fields);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new HibernateException("Could not write the audit trail", e);
        } finally {
            pending.clear();
        }
    }

    @Override
    public void afterTransactionBegin(Transaction tx) {
        reset();
    }

    @Override
    public void afterTransactionCompletion(Transaction tx) {
        reset();
    }

    private static void reset() {
        PENDING.get().clear();
        ACTION_OVERRIDE.remove();
    }

    private static Change change(Object entity, Object id, String action) {
        String type = typeOf(entity);
        String key = type + "#" + id;
        String entityId = entity instanceof AuditedAs a ? a.auditId() : String.valueOf(id);
        Change c = PENDING.get().computeIfAbsent(key, k -> new Change(type, entityId, action));
        if (action.equals("DELETE")) {
            c.action = "DELETE";
        }
        return c;
    }

    private static void field(Change c, String name) {
        if (!IGNORED.contains(name)) {
            c.fields.add(name);
        }
    }

    static String typeOf(Object entity) {
        Class<?> type = org.hibernate.Hibernate.getClass(entity);
        AuditName name = type.getAnnotation(AuditName.class);
        return name != null ? name.value() : type.getSimpleName();
    }
}
