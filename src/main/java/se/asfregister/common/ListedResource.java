package se.asfregister.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.asfregister.web.Column;
import se.asfregister.web.PageParams;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;
import se.asfregister.web.Tables;

/**
 * A {@link VersionedResource} whose collection is a filtered list: the JSON page and the CSV and
 * Excel exports read its service's {@link Listing} with one {@link ListQuery}, and show what
 * {@link #visible} lets the caller see. The resource declares the list's {@code @GET}s with its
 * own {@code @BeanParam} type: Quarkus REST 3 does not resolve a bean parameter declared with a
 * type variable, so the declarations cannot live here.
 *
 * @param <F> the list's filter
 */
public abstract class ListedResource<Q extends Record, R extends Versioned, F> extends VersionedResource<Q, R> {

    private final Listing<F, R> listing;

    protected <S extends VersionedCrud<?, Q, R> & Listing<F, R>> ListedResource(String name, S service) {
        super(name, service);
        this.listing = service;
    }

    /** One page of the list. */
    protected Paged<R> page(ListQuery<F> query, PageParams page) {
        return listing.list(query.filter(), page.request(query.sort(), listing.sortable(), query.defaultSort()))
                .map(this::visible);
    }

    /** Every match in the asked order: the rows of the exports. */
    protected List<R> all(ListQuery<F> query) {
        F filter = query.filter();
        PageRequest order = PageRequest.parse(null, null, query.sort(), listing.sortable(), query.defaultSort());
        return listing.listAll(filter, order).stream().map(this::visible).toList();
    }

    /** Every match as a CSV or Excel table of {@code columns}; {@code name} names the download and the sheet. */
    protected Response table(ListQuery<F> query, HttpHeaders headers, String name, List<Column<R>> columns) {
        return Tables.response(headers, name, columns, all(query));
    }
}
