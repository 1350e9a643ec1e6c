package se.asfregister.employment;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.asfregister.company.LatestHeadcounts;
import se.asfregister.employment.Figure.Gender;
import se.asfregister.employment.Figure.Stock;

/**
 * The headcounts of each company's latest report (periods sort as text: "2025-Q3" after
 * "2025-Q2"), for reserved-contract eligibility. A report that does not state its
 * disadvantaged employees gives null there, as SQL sums a null to null.
 */
@ApplicationScoped
public class LatestReports implements LatestHeadcounts {

    private static final int CHUNK = 1000;

    private static final String SQL = "SELECT r.company_id, r.period, " + sum(Stock.EMPLOYEES) + ", "
            + sum(Stock.DISADVANTAGED) + " FROM employment_report r WHERE r.company_id IN (:ids)"
            + " AND r.period = (SELECT MAX(x.period) FROM employment_report x WHERE x.company_id = r.company_id)";

    @Override
    public Map<Long, Headcount> latestOf(Collection<Long> companyIds) {
        List<Long> ids = new ArrayList<>(companyIds);
        Map<Long, Headcount> latest = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<?> rows = Panache.getEntityManager().createNativeQuery(SQL)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                latest.put(((Number) r[0]).longValue(), new Headcount((String) r[1], ((Number) r[2]).longValue(),
                        r[3] == null ? null : ((Number) r[3]).longValue()));
            }
        }
        return latest;
    }

    /** The parts of {@code stock} summed over the genders. */
    private static String sum(Stock stock) {
        return java.util.Arrays.stream(Gender.values()).map(g -> "r." + Figure.of(stock, g).dbColumn)
                .collect(Collectors.joining(" + "));
    }
}
