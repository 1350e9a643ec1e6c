package se.asfregister.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.asfregister.web.JsonBodies;
import se.asfregister.web.Preconditions;

/**
 * Create, replace, merge-patch and delete of one versioned resource: the same steps for goals,
 * collaborations, policies and activities, so they are written once. A feature's service says
 * how to find its entity, apply a validated request to it, and turn it back into a request (for
 * merge patch) and into a response. Each write flushes inside the transaction, so constraint
 * and optimistic-lock failures surface in the request that caused them.
 *
 * @param <E> the entity
 * @param <Q> the request record (PUT body, and the shape a merge patch is applied to)
 * @param <R> the response record
 */
public abstract class VersionedCrud<E extends VersionedEntity, Q, R> {

    @Inject
    protected JsonBodies jsonBodies;

    protected abstract E newEntity();

    /** The entity, or a 404 problem. */
    public abstract E find(long id);

    /** Checks the rules a request must meet and copies it onto the entity. */
    protected abstract void apply(E entity, Q request);

    /** The entity as a full request, the document a merge patch is applied to. */
    protected abstract Q requestOf(E entity);

    protected abstract R responseOf(E entity);

    protected abstract Class<Q> requestType();

    public R get(long id) {
        return responseOf(find(id));
    }

    @Transactional
    public R create(Q body) {
        E e = newEntity();
        apply(e, body);
        e.persist();
        Panache.getEntityManager().flush();
        return responseOf(e);
    }

    @Transactional
    public R replace(long id, Q body, String ifMatch) {
        E e = find(id);
        Preconditions.checkIfMatch(ifMatch, e.version);
        apply(e, body);
        Panache.getEntityManager().flush();
        return responseOf(e);
    }

    @Transactional
    public R patch(long id, String mergePatch, String ifMatch) {
        E e = find(id);
        Preconditions.checkIfMatch(ifMatch, e.version);
        apply(e, jsonBodies.mergePatch(requestOf(e), mergePatch, requestType()));
        Panache.getEntityManager().flush();
        return responseOf(e);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        E e = find(id);
        Preconditions.checkIfMatch(ifMatch, e.version);
        e.delete();
        Panache.getEntityManager().flush();
    }
}
