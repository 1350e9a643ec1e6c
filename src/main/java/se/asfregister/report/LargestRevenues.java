package se.asfregister.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two largest companies' revenue in each area of a year, for the dominance rule. One query
 * ranks the year's companies within their municipality and returns the first two of each; the
 * two largest of a county or of the country are among those of its municipalities.
 */
@ApplicationScoped
public class LargestRevenues {

    /** The key of the country in {@link #of}'s answer. */
    public static final String NATION = "";

    private static final String SQL = "SELECT x.mc, x.rev FROM (SELECT c.municipality_code AS mc, y.rev AS rev,"
            + " ROW_NUMBER() OVER (PARTITION BY c.municipality_code ORDER BY y.rev DESC) AS rn"
            + " FROM (SELECT r.company_id, SUM(r.revenue_sek) AS rev FROM employment_report r"
            + " WHERE r.period_year = :year GROUP BY r.company_id) y"
            + " JOIN company c ON c.id = y.company_id) x WHERE x.rn <= 2";

    @Inject
    EntityManager em;

    /**
     * The sum of the two largest revenues per municipality code, county code and {@link #NATION}
     * (a year's revenue is the sum of its quarters, as in the annual report). Areas without
     * reports are absent.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Long> of(int year) {
        Map<String, List<Long>> largest = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(SQL).setParameter("year", year).getResultList()) {
            String municipality = (String) row[0];
            long revenue = ((Number) row[1]).longValue();
            for (String area : List.of(municipality, municipality.substring(0, 2), NATION)) {
                keepTwo(largest.computeIfAbsent(area, k -> new ArrayList<>(3)), revenue);
            }
        }
        Map<String, Long> sums = new HashMap<>();
        largest.forEach((area, two) -> sums.put(area, two.stream().mapToLong(Long::longValue).sum()));
        return sums;
    }

    /** Adds a revenue to the two largest seen, keeping two. */
    private static void keepTwo(List<Long> two, long revenue) {
        two.add(revenue);
        two.sort((a, b) -> Long.compare(b, a));
        if (two.size() > 2) {
            two.remove(2);
        }
    }
}
