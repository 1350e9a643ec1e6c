package se.asfregister.offering;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.List;

/**
 * The change marker of the offering directory, shared by every instance through the database:
 * the counter in {@code offering_generation} (raised by every offering write in its own
 * transaction) and the count and version sum of the companies (whose names and statuses the
 * index shows; any company write changes one of them). An index built at one marker is
 * current exactly while the database shows the same marker.
 */
record OfferingGeneration(long generation, long companies, long companyVersions) {

    /** Raises the counter; call inside the transaction that writes an offering. */
    static void raise() {
        Panache.getEntityManager()
                .createNativeQuery("UPDATE offering_generation SET generation = generation + 1 WHERE id = 1")
                .executeUpdate();
    }

    /** The marker as the database shows it now. */
    static OfferingGeneration read() {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(
                "SELECT g.generation, (SELECT COUNT(*) FROM company), (SELECT COALESCE(SUM(version), 0) FROM company) "
                        + "FROM offering_generation g WHERE g.id = 1")
                .getSingleResult();
        List<Long> v = java.util.Arrays.stream(row).map(x -> ((Number) x).longValue()).toList();
        return new OfferingGeneration(v.get(0), v.get(1), v.get(2));
    }
}
