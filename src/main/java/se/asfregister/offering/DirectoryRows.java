package se.asfregister.offering;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The version of every offering and company row (and the company that sells each offering), read
 * in two light queries: what tells an index built from older rows which offerings to read again.
 * Every write through the API raises the version of the row it changes (the API's optimistic
 * locking rests on it), so a row whose version is unchanged has not changed.
 */
record DirectoryRows(Map<Long, OfferingRow> offerings, Map<Long, Long> companies) {

    record OfferingRow(long version, long companyId) {
    }

    static DirectoryRows read() {
        EntityManager em = Panache.getEntityManager();
        Map<Long, OfferingRow> offerings = new HashMap<>();
        for (Object[] r : rows(em, "SELECT id, version, company_id FROM offering")) {
            offerings.put(number(r[0]), new OfferingRow(number(r[1]), number(r[2])));
        }
        Map<Long, Long> companies = new HashMap<>();
        for (Object[] r : rows(em, "SELECT id, version FROM company")) {
            companies.put(number(r[0]), number(r[1]));
        }
        return new DirectoryRows(offerings, companies);
    }

    /**
     * The offerings that differ from {@code before}: added, removed, changed, or sold by a company
     * that was added, removed or changed (its name, status and confirmation are in the index).
     */
    Set<Long> changedSince(DirectoryRows before) {
        Set<Long> companiesChanged = new HashSet<>();
        companies.forEach((id, v) -> {
            if (!v.equals(before.companies.get(id))) {
                companiesChanged.add(id);
            }
        });
        before.companies.keySet().stream().filter(id -> !companies.containsKey(id)).forEach(companiesChanged::add);
        Set<Long> changed = new HashSet<>();
        offerings.forEach((id, row) -> {
            OfferingRow old = before.offerings.get(id);
            if (!row.equals(old) || companiesChanged.contains(row.companyId())
                    || companiesChanged.contains(old.companyId())) {
                changed.add(id);
            }
        });
        before.offerings.keySet().stream().filter(id -> !offerings.containsKey(id)).forEach(changed::add);
        return changed;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private static long number(Object o) {
        return ((Number) Objects.requireNonNull(o)).longValue();
    }
}
