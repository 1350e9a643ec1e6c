package se.asfregister.common;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Function;
import java.util.function.Supplier;
import se.asfregister.web.ExpectedVersion;
import se.asfregister.web.JsonBodies;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;

/**
 * Create, read, replace, merge-patch and delete of one versioned resource, written once for
 * every register feature. A feature's service names how the entity reads back as a request (for
 * merge patch; a pure function of the stored entity), and says how a validated request applies
 * to its entity and how the entity reads as a response (which may depend on the caller or the
 * clock), and may add a check before an update or a delete. Each write flushes inside the transaction,
 * so constraint and optimistic-lock failures surface in the request that caused them.
 *
 * @param <E> the entity
 * @param <Q> the request record (PUT body, and the shape a merge patch is applied to)
 * @param <R> the response record
 */
public abstract class VersionedCrud<E extends VersionedEntity, Q, R> {

    private final Class<E> entityType;
    private final String entityName;
    private final Supplier<E> newEntity;
    private final Class<Q> requestType;
    private final Function<E, Q> requestOf;

    @Inject
    protected JsonBodies jsonBodies;

    /**
     * {@code entityName} is how a 404 names the resource ("CSR collaboration 7 does not exist");
     * {@code requestOf} gives the entity as a full request, the document a merge patch is applied to.
     */
    protected VersionedCrud(Class<E> entityType, String entityName, Supplier<E> newEntity, Class<Q> requestType,
            Function<E, Q> requestOf) {
        this.entityType = entityType;
        this.entityName = entityName;
        this.newEntity = newEntity;
        this.requestType = requestType;
        this.requestOf = requestOf;
    }

    /** Checks the rules a request must meet and copies it onto the entity. */
    protected abstract void apply(E entity, Q request);

    protected abstract R responseOf(E entity);

    /** Rules about changing this entity into {@code requested}, beyond those of a new one; none by default. */
    protected void checkUpdate(E current, Q requested) {
    }

    /** Why this entity may not be deleted (a problem), beyond the version; nothing by default. */
    protected void checkDelete(E entity) {
    }

    /** The entity, or a 404 problem. */
    public E find(long id) {
        return Lookup.require(entityType, entityName, id);
    }

    /** A 404 problem unless the entity exists; for calls that need nothing else of it. */
    public void requireExists(long id) {
        find(id);
    }

    /**
     * One page of what {@code query} finds, as responses, with the total count; counted by a
     * second query only when the page's rows do not tell it (a short page is the last one).
     */
    protected Paged<R> pageOf(PanacheQuery<E> query, PageRequest page) {
        PanacheQuery<E> q = query.page(page.panachePage());
        return Paged.of(q.list(), page, q::count, this::responseOf);
    }

    public R get(long id) {
        return responseOf(find(id));
    }

    @Transactional
    public R create(Q body) {
        E e = newEntity.get();
        apply(e, body);
        e.persist();
        flush();
        return responseOf(e);
    }

    @Transactional
    public R replace(long id, Q body, ExpectedVersion expected) {
        return update(id, expected, e -> body);
    }

    @Transactional
    public R patch(long id, String mergePatch, ExpectedVersion expected) {
        return update(id, expected, e -> jsonBodies.mergePatch(requestOf.apply(e), mergePatch, requestType));
    }

    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        E e = find(id);
        expected.check(e.version);
        checkDelete(e);
        e.delete();
        flush();
    }

    private R update(long id, ExpectedVersion expected, Function<E, Q> requested) {
        E e = find(id);
        expected.check(e.version);
        Q request = requested.apply(e);
        checkUpdate(e, request);
        apply(e, request);
        flush();
        return responseOf(e);
    }

    private static void flush() {
        Panache.getEntityManager().flush();
    }
}
