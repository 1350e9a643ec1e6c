package se.asfregister.common;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;

/**
 * A {@link VersionedCrud} whose resource also lists: a page, or every match for an export, of
 * what a filter finds, in an order its sortable map allows. A feature service names the map and
 * its entity's find once and keeps only its rules.
 *
 * @param <E> the entity
 * @param <Q> the request record
 * @param <R> the response record
 * @param <F> the list's filter
 */
public abstract class ListedCrud<E extends VersionedEntity, Q, R, F extends ListFilter> extends VersionedCrud<E, Q, R>
        implements Listing<F, R> {

    private final Map<String, String> sortable;
    private final EntityFinder<E> finder;

    /** {@code sortable} maps an API sort name to an entity property; {@code finder} is the entity's own find. */
    protected ListedCrud(Class<E> entityType, String entityName, Supplier<E> newEntity, Class<Q> requestType,
            Function<E, Q> requestOf, Map<String, String> sortable, EntityFinder<E> finder) {
        super(entityType, entityName, newEntity, requestType, requestOf);
        this.sortable = sortable;
        this.finder = finder;
    }

    @Override
    public Map<String, String> sortable() {
        return sortable;
    }

    @Override
    public Paged<R> list(F filter, PageRequest page) {
        return pageOf(finder.find(filter.query(), page.panacheSort(), filter.params()), page);
    }

    @Override
    public List<R> listAll(F filter, PageRequest order) {
        return finder.find(filter.query(), order.panacheSort(), filter.params()).list().stream()
                .map(this::responseOf).toList();
    }
}
