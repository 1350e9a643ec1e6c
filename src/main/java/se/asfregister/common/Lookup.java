package se.asfregister.common;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import se.asfregister.web.ApiException;

/** The one find-or-404 of every service, and the one check that linked rows exist. */
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

    /**
     * The values of {@code wanted} that no {@code type} row has as its {@code key}, in order: what
     * a 400 names when a request links to rows that do not exist, all of them at once.
     */
    public static <K extends Comparable<K>> Set<K> missing(Class<?> type, String key, Collection<K> wanted,
            Class<K> keyType) {
        Set<K> missing = new TreeSet<>(wanted);
        if (!missing.isEmpty()) {
            Panache.getEntityManager()
                    .createQuery("select x." + key + " from " + type.getSimpleName() + " x where x." + key
                            + " in :wanted", keyType)
                    .setParameter("wanted", missing).getResultList().forEach(missing::remove);
        }
        return missing;
    }
}
