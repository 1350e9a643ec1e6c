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
        Map<Long, List<String>> industries = new HashMap<>();
        Map<Long, List<String>> socialMedia = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Object[] row : rowsOf(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                Map<Long, List<String>> kind = ((Number) row[1]).intValue() == 0 ? industries : socialMedia;
                kind.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add((String) row[2]);
            }
        }
        Map<Long, CompanyLists> byCompany = new HashMap<>();
        ids.forEach(id -> byCompany.put(id, new CompanyLists(List.copyOf(industries.getOrDefault(id, List.of())),
                List.copyOf(socialMedia.getOrDefault(id, List.of())))));
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
