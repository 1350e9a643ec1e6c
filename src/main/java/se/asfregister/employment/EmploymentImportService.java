package se.asfregister.employment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import se.asfregister.audit.AuditInterceptor;
import se.asfregister.audit.AuditInterceptor.DirectWrite;
import se.asfregister.common.Database;
import se.asfregister.common.EntityIds;
import se.asfregister.common.SwedishClock;
import se.asfregister.employment.EmploymentRecords.ImportError;
import se.asfregister.employment.EmploymentRecords.ImportResult;
import se.asfregister.employment.EmploymentRecords.ImportRow;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.ApiException;
import se.asfregister.web.ProblemType;

/**
 * Bulk import of employment reports, all or nothing. Rows are checked first (every bad row is
 * reported), organisation numbers and existing reports are read in a few chunked queries, and
 * only new or changed reports are written, as JDBC batches in the request's transaction with
 * one audit event per written report ({@link ImportAudit}).
 */
@ApplicationScoped
public class EmploymentImportService {

    private static final int CHUNK = 1000;
    /** Written rows from which an import refreshes PostgreSQL's statistics itself. */
    static final int ANALYZE_AFTER_ROWS = 10_000;
    private static final int BATCH = 1000;

    @Inject
    DataSource dataSource;

    @Inject
    CompanyAccess access;

    @Inject
    Database database;

    @Inject
    SwedishClock clock;

    @Inject
    EntityIds entityIds;

    private record Existing(long id, long version, Figures figures) {
    }

    /**
     * CSV with a header row naming the columns (any order), as a spreadsheet saves it: comma or
     * semicolon separated, UTF-8 or Windows-1252 (see {@link CsvImport}).
     */
    @Transactional
    public ImportResult importCsv(InputStream body, boolean dryRun) {
        ImportBatch batch = new ImportBatch(Period.current(clock));
        CsvImport.read(body, batch);
        return run(batch, dryRun);
    }

    /** A JSON array of flat rows with the CSV column names as properties. */
    @Transactional
    public ImportResult importJson(List<ImportRow> rows, boolean dryRun) {
        ImportBatch batch = new ImportBatch(Period.current(clock));
        if (rows.isEmpty()) {
            batch.fileError(0, "body", "the array has no rows");
        }
        for (int i = 0; i < rows.size(); i++) {
            ImportRow r = rows.get(i);
            if (r == null) {
                batch.error(i + 1, "row", "must be an object");
            } else {
                batch.add(i + 1, r.values());
            }
        }
        return run(batch, dryRun);
    }

    private ImportResult run(ImportBatch batch, boolean dryRun) {
        try (Connection con = dataSource.getConnection()) {
            Map<String, Long> companyIds = resolveCompanies(con, batch);
            // a REPORTER may import its own companies only: one foreign row refuses the whole file
            new LinkedHashSet<>(companyIds.values()).forEach(access::checkWrite);
            Map<String, Integer> firstRow = new HashMap<>();
            for (ImportBatch.Row r : batch.rows) {
                Long companyId = companyIds.get(r.organisationNumber());
                if (companyId == null) {
                    batch.error(r.row(), "organisationNumber",
                            "no company is registered with organisation number " + r.organisationNumber());
                    continue;
                }
                Integer earlier = firstRow.putIfAbsent(companyId + "|" + r.period(), r.row());
                if (earlier != null) {
                    batch.error(r.row(), "period", "rows " + earlier + " and " + r.row()
                            + " are both for organisation number " + r.organisationNumber() + " and period "
                            + r.period());
                }
            }
            if (batch.errorCount > 0) {
                throw new ImportRejectedException(batch.detail(), batch.errors, batch.errorCount);
            }
            Map<String, Existing> existing = loadExisting(con, new HashSet<>(companyIds.values()));
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            List<DirectWrite> audit = new ArrayList<>();
            int unchanged = 0;
            for (ImportBatch.Row r : batch.rows) {
                long companyId = companyIds.get(r.organisationNumber());
                Existing e = existing.get(companyId + "|" + r.period());
                if (e == null) {
                    inserts.add(new Object[] {companyId, r});
                    audit.add(ImportAudit.created(companyId, r.period()));
                } else if (e.figures.equals(r.figures())) {
                    unchanged++;
                } else {
                    updates.add(new Object[] {e, r});
                    audit.add(ImportAudit.updated(companyId, r.period(), e.figures, r.figures()));
                }
            }
            if (!dryRun && (!inserts.isEmpty() || !updates.isEmpty())) {
                // ids from Hibernate's own generator, so single writes and imports never share one
                write(con, inserts, entityIds.next(EmploymentReport.class, inserts.size()), updates);
                AuditInterceptor.recordDirect(con, ImportAudit.ACTION, ImportAudit.ENTITY_TYPE, audit);
                refreshStatistics(con, inserts.size() + updates.size());
            }
            return new ImportResult(inserts.size(), updates.size(), unchanged, dryRun);
        } catch (SQLException e) {
            // 23: a unique key written meanwhile; 40: deadlock or serialization failure with an
            // overlapping import; HYT00: H2's lock timeout. All rolled back: the import may be resent.
            String state = e.getSQLState();
            if (state != null && (state.startsWith("23") || state.startsWith("40") || state.equals("HYT00"))) {
                throw ApiException.conflict("Reports in this import were written by someone else at the same time; "
                        + "send the import again");
            }
            throw new IllegalStateException("Import failed", e);
        }
    }

    /**
     * After a large import PostgreSQL's planner would plan the report queries on statistics of
     * the table before it until autovacuum analyzes it, up to a minute later (the benchmark's
     * county progress took 79 ms instead of 33 ms in that minute). Analyzing here, in the
     * import's transaction, takes a fraction of a second; H2 refreshes its own as rows change.
     */
    private void refreshStatistics(Connection con, int written) throws SQLException {
        if (written >= ANALYZE_AFTER_ROWS && !database.isH2()) {
            try (Statement s = con.createStatement()) {
                s.execute("ANALYZE employment_report");
            }
        }
    }

    /** Organisation number → company id, for every organisation number in the valid rows. */
    private static Map<String, Long> resolveCompanies(Connection con, ImportBatch batch) throws SQLException {
        List<String> numbers = new ArrayList<>(new LinkedHashSet<>(batch.rows.stream()
                .map(ImportBatch.Row::organisationNumber)
                .toList()));
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + CHUNK));
            try (PreparedStatement ps = con.prepareStatement("SELECT id, organisation_number FROM company "
                    + "WHERE organisation_number IN (" + placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    /** Existing reports of the touched companies, keyed "companyId|period". */
    private static Map<String, Existing> loadExisting(Connection con, Set<Long> companyIds) throws SQLException {
        List<Long> ids = new ArrayList<>(companyIds);
        Map<String, Existing> found = new HashMap<>();
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
                        int[] counts = new int[Figures.COUNT_COLUMNS.size()];
                        for (int i = 0; i < counts.length; i++) {
                            counts[i] = rs.getInt(5 + i);
                        }
                        found.put(rs.getLong(3) + "|" + rs.getString(4), new Existing(rs.getLong(1), rs.getLong(2),
                                new Figures(counts, rs.getLong(5 + counts.length))));
                    }
                }
            }
        }
        return found;
    }

    /** Rows per multi-row INSERT: one round trip carries many rows on both databases. */
    private static final int ROWS_PER_INSERT = 100;
    private static final int INSERT_COLUMNS = 5 + 18 + 3;

    private static void write(Connection con, List<Object[]> inserts, long[] ids, List<Object[]> updates)
            throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (!inserts.isEmpty()) {
            insert(con, inserts, ids, now);
        }
        if (!updates.isEmpty()) {
            String set = String.join(" = ?, ", Figures.DB_COLUMNS) + " = ?";
            try (PreparedStatement ps = con.prepareStatement("UPDATE employment_report SET " + set
                    + ", version = version + 1, updated_at = ? WHERE id = ? AND version = ?")) {
                int pending = 0;
                for (Object[] upd : updates) {
                    Existing e = (Existing) upd[0];
                    int p = setFigures(ps, 1, ((ImportBatch.Row) upd[1]).figures());
                    ps.setObject(p++, now);
                    ps.setLong(p++, e.id);
                    ps.setLong(p, e.version);
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
    }

    private static void insert(Connection con, List<Object[]> inserts, long[] ids, OffsetDateTime now)
            throws SQLException {
        String head = "INSERT INTO employment_report (id, company_id, period, period_year, period_quarter, "
                + String.join(", ", Figures.DB_COLUMNS) + ", version, created_at, updated_at) VALUES ";
        String tuple = "(" + placeholders(INSERT_COLUMNS) + ")";
        int full = inserts.size() / ROWS_PER_INSERT;
        if (full > 0) {
            try (PreparedStatement ps = con.prepareStatement(head
                    + String.join(",", java.util.Collections.nCopies(ROWS_PER_INSERT, tuple)))) {
                for (int s = 0; s < full; s++) {
                    int p = 1;
                    for (int i = s * ROWS_PER_INSERT; i < (s + 1) * ROWS_PER_INSERT; i++) {
                        p = setInsert(ps, p, ids[i], inserts.get(i), now);
                    }
                    ps.addBatch();
                    if ((s + 1) % 10 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        int rest = inserts.size() - full * ROWS_PER_INSERT;
        if (rest > 0) {
            try (PreparedStatement ps = con.prepareStatement(head
                    + String.join(",", java.util.Collections.nCopies(rest, tuple)))) {
                int p = 1;
                for (int i = full * ROWS_PER_INSERT; i < inserts.size(); i++) {
                    p = setInsert(ps, p, ids[i], inserts.get(i), now);
                }
                ps.executeUpdate();
            }
        }
    }

    private static int setInsert(PreparedStatement ps, int p, long id, Object[] ins, OffsetDateTime now)
            throws SQLException {
        ImportBatch.Row r = (ImportBatch.Row) ins[1];
        ps.setLong(p++, id);
        ps.setLong(p++, (Long) ins[0]);
        ps.setString(p++, r.period().toString());
        ps.setInt(p++, r.period().year());
        ps.setInt(p++, r.period().quarter());
        p = setFigures(ps, p, r.figures());
        ps.setLong(p++, 0L);
        ps.setObject(p++, now);
        ps.setObject(p++, now);
        return p;
    }

    private static int setFigures(PreparedStatement ps, int p, Figures f) throws SQLException {
        for (int c : f.counts()) {
            ps.setInt(p++, c);
        }
        ps.setLong(p++, f.revenueSek());
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

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
