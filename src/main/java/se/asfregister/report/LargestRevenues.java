package se.asfregister.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two largest companies' revenue in each area of a year, for the dominance rule: one query
 * that ranks the year's companies within their municipality, their county and the country, and
 * returns only those ranked first or second somewhere (at most six rows per area).
 */
@ApplicationScoped
public class LargestRevenues {

    /** The key of the country in {@link #of}'s answer. */
    public static final String NATION = "";

    private static final String SQL = "SELECT x.mc, x.rev, x.rm, x.rc, x.rn FROM (SELECT c.municipality_code AS mc,"
            + " y.rev AS rev,"
            + " ROW_NUMBER() OVER (PARTITION BY c.municipality_code ORDER BY y.rev DESC, y.company_id) AS rm,"
            + " ROW_NUMBER() OVER (PARTITION BY m.county_code ORDER BY y.rev DESC, y.company_id) AS rc,"
            + " ROW_NUMBER() OVER (ORDER BY y.rev DESC, y.company_id) AS rn"
            + " FROM (SELECT r.company_id, SUM(r.revenue_sek) AS rev FROM employment_report r"
            + " WHERE r.period_year = :year GROUP BY r.company_id) y"
            + " JOIN company c ON c.id = y.company_id JOIN municipality m ON m.code = c.municipality_code) x"
            + " WHERE x.rm <= 2 OR x.rc <= 2 OR x.rn <= 2";

    @Inject
    EntityManager em;

    /**
     * The sum of the two largest revenues per municipality code, county code and {@link #NATION}
     * (a year's revenue is the sum of its quarters, as in the annual report). Areas without
     * reports are absent.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Long> of(int year) {
        Map<String, Long> largestTwo = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(SQL).setParameter("year", year).getResultList()) {
            String municipality = (String) row[0];
            long revenue = ((Number) row[1]).longValue();
            add(largestTwo, municipality, revenue, row[2]);
            add(largestTwo, municipality.substring(0, 2), revenue, row[3]);
            add(largestTwo, NATION, revenue, row[4]);
        }
        return largestTwo;
    }

    private static void add(Map<String, Long> largestTwo, String area, long revenue, Object rank) {
        if (((Number) rank).longValue() <= 2) {
            largestTwo.merge(area, revenue, Long::sum);
        }
    }
}
