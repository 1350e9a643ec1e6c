package se.asfregister.company;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A company's two lists, its industries and its social-media links, in their stored order. */
record CompanyLists(List<String> industries, List<String> socialMedia) {

    /** Ids per statement: each appears twice, well under PostgreSQL's limit on bind parameters. */
    private static final int CHUNK = 1_000;

    static final CompanyLists NONE = new CompanyLists(List.of(), List.of());

    /** The lists of an entity already loaded. */
    static CompanyLists of(Company c) {
        return new CompanyLists(List.copyOf(c.industries), List.copyOf(c.socialMedia));
    }

    /**
     * The lists of each of {@code ids} (a page, an export): one statement for both lists of up to
     * {@value #CHUNK} companies, instead of one batch load per list. The tables are the ones
     * {@link Company} maps; {@code kind} 0 is an industry, 1 a social-media link.
     */
    static Map<Long, CompanyLists> of(List<Long> ids) {
        Map<Long, List<List<String>>> lists = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Object[] row : rowsOf(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                lists.computeIfAbsent(((Number) row[0]).longValue(), k -> List.of(new ArrayList<>(), new ArrayList<>()))
                        .get(((Number) row[1]).intValue()).add((String) row[2]);
            }
        }
        Map<Long, CompanyLists> byCompany = new HashMap<>();
        lists.forEach((id, l) -> byCompany.put(id, new CompanyLists(List.copyOf(l.get(0)), List.copyOf(l.get(1)))));
        return byCompany;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rowsOf(Collection<Long> ids) {
        return Company.getEntityManager().createNativeQuery("SELECT company_id, 0, industry, position"
                + " FROM company_industry WHERE company_id IN (:ids)"
                + " UNION ALL SELECT company_id, 1, url, position FROM company_social_media WHERE company_id IN (:ids)"
                + " ORDER BY 1, 2, 4", Object[].class).setParameter("ids", ids).getResultList();
    }
}
