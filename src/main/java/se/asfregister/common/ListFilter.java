package se.asfregister.common;

import io.quarkus.panache.common.Parameters;
import se.asfregister.web.Where;

/** A list's filters as a query over its entity, in the form Panache's {@code find} takes. */
public interface ListFilter {

    Where where();

    default String query() {
        return where().query();
    }

    default Parameters params() {
        return where().params();
    }
}
