package se.asfregister.company;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
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
            read(ids.subList(from, Math.min(ids.size(), from + CHUNK)), industries, socialMedia);
        }
        Map<Long, CompanyLists> byCompany = new HashMap<>();
        ids.forEach(id -> byCompany.put(id, new CompanyLists(List.copyOf(industries.getOrDefault(id, List.of())),
                List.copyOf(socialMedia.getOrDefault(id, List.of())))));
        return byCompany;
    }

    /**
     * Plain JDBC on the session's own connection: the statement is fixed and its three columns
     * are known, and Hibernate's native-query handling around it (parameter expansion, type
     * resolution per execution, result mapping) cost more CPU than reading the rows
     * (docs/performance.md, "The page's lists over JDBC"). It reads; nothing needs flushing first.
     */
    private static void read(List<Long> ids, Map<Long, List<String>> industries, Map<Long, List<String>> socialMedia) {
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        String sql = "SELECT company_id, 0, industry, position FROM company_industry WHERE company_id IN (" + marks + ")"
                + " UNION ALL SELECT company_id, 1, url, position FROM company_social_media WHERE company_id IN ("
                + marks + ") ORDER BY 1, 2, 4";
        Company.getSession().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < ids.size(); i++) {
                    statement.setLong(i + 1, ids.get(i));
                    statement.setLong(ids.size() + i + 1, ids.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        (rows.getInt(2) == 0 ? industries : socialMedia)
                                .computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getString(3));
                    }
                }
            }
        });
    }
}
