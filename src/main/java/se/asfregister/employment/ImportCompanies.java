package se.asfregister.employment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The companies an import's rows name: organisation numbers resolved to company ids in a few
 * chunked queries, and each row matched with its company, or listed as an error when it names
 * no company or repeats another row's company and period. The resolution serves every bulk
 * import (participant reports too).
 */
public final class ImportCompanies {

    private static final int CHUNK = 1000;

    /** A valid row and the company it reports for. */
    record Resolved(long companyId, ImportBatch.Row row) {

        ReportKey key() {
            return new ReportKey(companyId, row.period().toString());
        }
    }

    /** A report's natural key: company and period ("2025-Q1"). */
    record ReportKey(long companyId, String period) {
    }

    private ImportCompanies() {
    }

    /** Organisation number → company id, for every organisation number of the valid rows that names a company. */
    static Map<String, Long> ids(Connection con, List<ImportBatch.Row> rows) throws SQLException {
        return ids(con, rows.stream().map(ImportBatch.Row::organisationNumber).toList());
    }

    /** Organisation number → company id, for each of {@code organisationNumbers} that names a company. */
    public static Map<String, Long> ids(Connection con, Collection<String> organisationNumbers) throws SQLException {
        List<String> numbers = new ArrayList<>(new LinkedHashSet<>(organisationNumbers));
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + CHUNK));
            try (PreparedStatement ps = con.prepareStatement("SELECT id, organisation_number FROM company "
                    + "WHERE organisation_number IN (" + ReportWriter.placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString("organisation_number"), rs.getLong("id"));
                    }
                }
            }
        }
        return ids;
    }

    /** Each valid row with its company; rows without one, or for a company and period met before, become errors. */
    static List<Resolved> match(ImportBatch batch, Map<String, Long> ids) {
        List<Resolved> resolved = new ArrayList<>(batch.rows.size());
        Map<ReportKey, Integer> firstRow = new HashMap<>();
        for (ImportBatch.Row r : batch.rows) {
            Long companyId = ids.get(r.organisationNumber());
            if (companyId == null) {
                batch.error(r.row(), "organisationNumber",
                        "no company is registered with organisation number " + r.organisationNumber());
                continue;
            }
            Resolved row = new Resolved(companyId, r);
            Integer earlier = firstRow.putIfAbsent(row.key(), r.row());
            if (earlier != null) {
                batch.error(r.row(), "period", "rows " + earlier + " and " + r.row()
                        + " are both for organisation number " + r.organisationNumber() + " and period "
                        + r.period());
            }
            resolved.add(row);
        }
        return resolved;
    }
}
