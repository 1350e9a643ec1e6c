package se.asfregister.common;

import io.quarkus.panache.common.Parameters;
import se.asfregister.web.Where;

/** A list's filters as a query over its entity, in the form Panache's {@code find} takes. */
public interface ListFilter {

    /** The filters' clauses, over an aliased entity ({@code new Where("Activity a")}) where they name one. */
    Where where();

    default String query() {
        return where().query();
    }

    /** A filter whose clause binds more than the one parameter {@link Where} carries adds the others here. */
    default Parameters params() {
        return where().params();
    }
}
