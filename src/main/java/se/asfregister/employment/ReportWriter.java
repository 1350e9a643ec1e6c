package se.asfregister.employment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.asfregister.employment.ImportCompanies.ReportKey;
import se.asfregister.employment.ImportCompanies.Resolved;
import se.asfregister.employment.ImportPlan.Update;
import se.asfregister.web.ApiException;
import se.asfregister.web.ProblemType;

/**
 * The bulk import's reads and writes of {@code employment_report} with plain JDBC, in the
 * caller's transaction: the stored reports of the touched companies, multi-row INSERTs and
 * batched UPDATEs that check each report's version.
 */
final class ReportWriter {

    private static final int CHUNK = 1000;
    private static final int BATCH = 1000;
    /** Rows per multi-row INSERT: one round trip carries many rows on both databases. */
    private static final int ROWS_PER_INSERT = 100;
    private static final List<String> INSERT_COLUMNS = Stream.of(
            List.of("id", "company_id", "period", "period_year", "period_quarter"), Figures.DB_COLUMNS,
            List.of("version", "created_at", "updated_at")).flatMap(List::stream).toList();

    /** A stored report: its row, version and figures. */
    record Existing(long id, long version, Figures figures) {
    }

    private ReportWriter() {
    }

    /** The stored reports of {@code companyIds}, by company and period. */
    static Map<ReportKey, Existing> existing(Connection con, Set<Long> companyIds) throws SQLException {
        List<Long> ids = new ArrayList<>(companyIds);
        Map<ReportKey, Existing> found = new HashMap<>();
        String columns = String.join(", ", Figures.DB_COLUMNS);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement ps = con.prepareStatement("SELECT id, version, company_id, period, " + columns
                    + " FROM employment_report WHERE company_id IN (" + placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                ps.setFetchSize(CHUNK);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(new ReportKey(rs.getLong("company_id"), rs.getString("period")),
                                new Existing(rs.getLong("id"), rs.getLong("version"), figures(rs)));
                    }
                }
            }
        }
        return found;
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        Map<Figure, Long> values = new EnumMap<>(Figure.class);
        for (Figure f : Figure.ALL) {
            long v = rs.getLong(f.dbColumn);
            values.put(f, rs.wasNull() ? Figure.ABSENT : v);
        }
        return Figures.from(values::get);
    }

    /** New reports with the given ids, {@link #ROWS_PER_INSERT} to a statement. */
    static void insert(Connection con, List<Resolved> rows, long[] ids, OffsetDateTime now) throws SQLException {
        String head = "INSERT INTO employment_report (" + String.join(", ", INSERT_COLUMNS) + ") VALUES ";
        String tuple = "(" + placeholders(INSERT_COLUMNS.size()) + ")";
        int full = rows.size() / ROWS_PER_INSERT;
        if (full > 0) {
            try (PreparedStatement ps = con.prepareStatement(head
                    + String.join(",", Collections.nCopies(ROWS_PER_INSERT, tuple)))) {
                for (int s = 0; s < full; s++) {
                    int p = 1;
                    for (int i = s * ROWS_PER_INSERT; i < (s + 1) * ROWS_PER_INSERT; i++) {
                        p = setInsert(ps, p, ids[i], rows.get(i), now);
                    }
                    ps.addBatch();
                    if ((s + 1) % 10 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        int rest = rows.size() - full * ROWS_PER_INSERT;
        if (rest > 0) {
            try (PreparedStatement ps = con.prepareStatement(head + String.join(",", Collections.nCopies(rest, tuple)))) {
                int p = 1;
                for (int i = full * ROWS_PER_INSERT; i < rows.size(); i++) {
                    p = setInsert(ps, p, ids[i], rows.get(i), now);
                }
                ps.executeUpdate();
            }
        }
    }

    /** New figures for stored reports; a report whose version moved meanwhile makes the import a 409. */
    static void update(Connection con, List<Update> updates, OffsetDateTime now) throws SQLException {
        String set = String.join(" = ?, ", Figures.DB_COLUMNS) + " = ?";
        try (PreparedStatement ps = con.prepareStatement("UPDATE employment_report SET " + set
                + ", version = version + 1, updated_at = ? WHERE id = ? AND version = ?")) {
            int pending = 0;
            for (Update u : updates) {
                int p = setFigures(ps, 1, u.row().row().figures());
                ps.setObject(p++, now);
                ps.setLong(p++, u.before().id());
                ps.setLong(p, u.before().version());
                ps.addBatch();
                if (++pending == BATCH) {
                    checkUpdated(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                checkUpdated(ps.executeBatch());
            }
        }
    }

    /** Binds one row in {@link #INSERT_COLUMNS} order. */
    private static int setInsert(PreparedStatement ps, int p, long id, Resolved r, OffsetDateTime now)
            throws SQLException {
        Period period = r.row().period();
        ps.setLong(p++, id);
        ps.setLong(p++, r.companyId());
        ps.setString(p++, period.toString());
        ps.setInt(p++, period.year());
        ps.setInt(p++, period.quarter());
        p = setFigures(ps, p, r.row().figures());
        ps.setLong(p++, 0L);
        ps.setObject(p++, now);
        ps.setObject(p++, now);
        return p;
    }

    /** Binds the figures in {@link Figures#DB_COLUMNS} order. */
    private static int setFigures(PreparedStatement ps, int p, Figures figures) throws SQLException {
        for (Figure f : Figure.ALL) {
            if (figures.get(f) == Figure.ABSENT) {
                ps.setNull(p++, Types.INTEGER);
            } else if (f.bigint()) {
                ps.setLong(p++, figures.get(f));
            } else {
                ps.setInt(p++, (int) figures.get(f));
            }
        }
        return p;
    }

    /** A report changed between reading and writing: the import must not overwrite it blindly. */
    private static void checkUpdated(int[] counts) {
        for (int n : counts) {
            if (n == 0) {
                throw new ApiException(ProblemType.CONFLICT, "Reports in this import were changed by someone else "
                        + "at the same time; send the import again");
            }
        }
    }

    static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
