package se.asfregister.audit;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
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
import se.asfregister.common.AuditName;
import se.asfregister.security.CurrentUser;

/**
 * The audit trail, for every entity of the persistence unit, present and future: Hibernate
 * reports each insert, update and delete here during a flush, and after the flush's SQL ran
 * the events are inserted on the same connection, in the same transaction. A write that
 * fails (or rolls back later) therefore leaves no event. Only field names are recorded,
 * never values, because values include personal data. A transaction with events, and every direct
 * write, also raises the {@link WriteGeneration}.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    /** Maintained automatically; recording them would only add noise. */
    private static final Set<String> IGNORED = Set.of("version", "createdAt", "updatedAt");

    /** Changes seen in the flush that runs on this thread, keyed by entity type and id. */
    private static final ThreadLocal<Map<String, Change>> PENDING = ThreadLocal.withInitial(LinkedHashMap::new);
    private static final ThreadLocal<String> ACTION_OVERRIDE = new ThreadLocal<>();
    /** Whether the transaction on this thread wrote audit events, and so must raise the {@link WriteGeneration}. */
    private static final ThreadLocal<Boolean> WROTE = new ThreadLocal<>();

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

    /** The action of every report a bulk import creates or updates, told apart from single writes. */
    public static final String IMPORT = "IMPORT";

    /**
     * Records the writes of the current transaction under another action name, e.g. {@link #IMPORT}
     * for a bulk import; cleared when the transaction ends.
     */
    public static void recordAs(String action) {
        ACTION_OVERRIDE.set(action);
    }

    /** One entity written without Hibernate, and the names of its fields that the write set or changed. */
    public record DirectWrite(String entityId, Collection<String> fields) {
    }

    /**
     * Records one event per entity for writes that bypassed Hibernate (a bulk import's JDBC
     * batches), on the writer's own connection so that they commit or roll back with the
     * write ({@link AuditRows#insertDirect}).
     */
    public static void recordDirect(Connection con, String action, String entityType, List<DirectWrite> writes)
            throws SQLException {
        AuditRows.insertDirect(con, action, entityType, writes);
        WriteGeneration.raise(con);
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
        OffsetDateTime now = AuditRows.now();
        // Agroal hands out the connection already enlisted in this transaction: same transaction as the write.
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(AuditRows.INSERT)) {
            for (Change c : pending.values()) {
                if (c.action.equals("UPDATE") && c.fields.isEmpty()) {
                    continue; // only automatic fields moved
                }
                boolean delete = c.action.equals("DELETE");
                AuditRows.bind(ps, 1, new AuditRows.Event(now, user, override != null && !delete ? override : c.action,
                        c.entityType, c.entityId, delete ? List.of() : c.fields));
                ps.addBatch();
            }
            ps.executeBatch();
            WROTE.set(Boolean.TRUE);
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

    /**
     * The counter is raised once, as the transaction's last statement (after Hibernate's own last
     * flush): its row stays locked until the commit, and a writer that holds it then waits for no
     * other row, so writers queue on it but never deadlock over it.
     */
    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        if (WROTE.get() == null) {
            return;
        }
        try (Connection con = dataSource.getConnection()) {
            WriteGeneration.raise(con);
        } catch (SQLException e) {
            throw new HibernateException("Could not raise the write generation", e);
        } finally {
            WROTE.remove();
        }
    }

    @Override
    public void afterTransactionCompletion(Transaction tx) {
        reset();
    }

    private static void reset() {
        PENDING.get().clear();
        ACTION_OVERRIDE.remove();
        WROTE.remove();
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
