package se.asfregister.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A cheap fingerprint of the rows a year's public figures are computed from: per table, the
 * number of rows, the sum of their versions and the latest update. Every write through the API or
 * the import inserts a row, deletes one, or bumps a version and the update time, so any write
 * changes it, in whatever order concurrent writes commit (a version sum does not depend on commit
 * order). Reference tables (counties, municipalities) change only by migration.
 */
@ApplicationScoped
public class FiguresMarker {

    private static final String SQL = part("r", "employment_report", " WHERE period_year = :year")
            + " UNION ALL " + part("c", "company", "")
            + " UNION ALL " + part("x", "csr_collaboration", "")
            + " UNION ALL " + part("p", "municipal_policy", "")
            + " UNION ALL " + part("a", "activity", "");

    @Inject
    EntityManager em;

    private static String part(String tag, String table, String where) {
        return "SELECT '" + tag + "', COUNT(*), COALESCE(SUM(version), 0), MAX(updated_at) FROM " + table + where;
    }

    /** The fingerprint of what {@link PublicFigures#year} reads for this year; equal when nothing changed. */
    @SuppressWarnings("unchecked")
    public List<String> of(int year) {
        List<String> rows = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(SQL).setParameter("year", year).getResultList()) {
            rows.add(Arrays.toString(row));
        }
        rows.sort(null);
        return List.copyOf(rows);
    }
}
