package se.asfregister.common;

import java.util.List;
import java.util.Map;
import se.asfregister.web.PageRequest;
import se.asfregister.web.Paged;

/**
 * A register list as its service reads it: one page of what a filter finds, or all of it for
 * an export, in an order from {@link #sortable()}.
 *
 * @param <F> the filter
 * @param <R> the response record
 */
public interface Listing<F, R> {

    /** API sort name → entity property. */
    Map<String, String> sortable();

    Paged<R> list(F filter, PageRequest page);

    /** Every match, for the CSV and Excel exports. */
    List<R> listAll(F filter, PageRequest order);
}
