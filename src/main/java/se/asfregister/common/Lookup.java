package se.asfregister.common;

import io.quarkus.hibernate.orm.panache.Panache;
import se.asfregister.web.ApiException;

/** The one find-or-404 of every service. */
public final class Lookup {

    private Lookup() {
    }

    /** The {@code type} row with id {@code id}, or a 404 problem naming it as {@code what}. */
    public static <T> T require(Class<T> type, String what, Object id) {
        T found = Panache.getEntityManager().find(type, id);
        if (found == null) {
            throw ApiException.notFound(what, id);
        }
        return found;
    }
}
