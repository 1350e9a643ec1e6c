package se.asfregister.employment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import se.asfregister.common.Database;
import se.asfregister.common.EntityIds;
import se.asfregister.company.OrganisationNumber;
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
 * one audit event for the whole import.
 */
@ApplicationScoped
public class EmploymentImportService {

    static final int MAX_LISTED_ERRORS = 1000;
    static final int MAX_ROWS = 200_000;
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
    EntityIds entityIds;

    /** A valid row, its organisation number not yet resolved. */
    private record Row(int row, String organisationNumber, Period period, Figures figures) {
    }

    private record Existing(long id, long version, Figures figures) {
    }

    /** Collects rows and errors; the error list is capped, the count is not. */
    private static final class Batch {
        final List<Row> rows = new ArrayList<>();
        final List<ImportError> errors = new ArrayList<>();
        int errorCount;
        final Set<Integer> badRows = new HashSet<>();

        void error(int row, String field, String message) {
            errorCount++;
            badRows.add(row);
            if (errors.size() < MAX_LISTED_ERRORS) {
                errors.add(new ImportError(row, field, message));
            }
        }

        /** {@code values} in {@link Figures#COLUMNS} order: Strings from CSV, numbers from JSON. */
        void add(int rowNo, Object[] values) {
            if (rowNo > MAX_ROWS) {
                if (rowNo == MAX_ROWS + 1) {
                    error(rowNo, "row", "an import has at most " + MAX_ROWS + " rows; split the file");
                }
                return;
            }
            int before = errorCount;
            String orgNo = null;
            if (blank(values[0])) {
                error(rowNo, "organisationNumber", "is required");
            } else if (!(values[0] instanceof String s) || (orgNo = OrganisationNumber.normalise(s).orElse(null)) == null) {
                error(rowNo, "organisationNumber",
                        "must be a Swedish organisationsnummer, NNNNNN-NNNN or NNNNNNNNNN, with a valid check digit");
            }
            Period period = null;
            if (blank(values[1])) {
                error(rowNo, "period", "is required");
            } else {
                String text = values[1] instanceof String s ? s.trim() : String.valueOf(values[1]);
                var problem = Period.problem(text);
                if (problem.isPresent()) {
                    error(rowNo, "period", problem.get());
                } else {
                    period = Period.parse(text).orElseThrow();
                }
            }
            int[] counts = new int[Figures.COUNT_COLUMNS.size()];
            for (int i = 0; i < counts.length; i++) {
                Long v = number(rowNo, Figures.COUNT_COLUMNS.get(i), values[2 + i], Figures.MAX_COUNT);
                counts[i] = v == null ? 0 : v.intValue();
            }
            Long revenue = number(rowNo, "revenueSek", values[values.length - 1], Figures.MAX_REVENUE);
            if (errorCount > before) {
                return;
            }
            Figures figures = new Figures(counts, revenue);
            figures.crossFieldErrors(Figures.COUNT_COLUMNS.subList(3, 6), Figures.COUNT_COLUMNS.subList(0, 3))
                    .forEach(e -> error(rowNo, e.field(), e.message()));
            if (errorCount == before) {
                rows.add(new Row(rowNo, orgNo, period, figures));
            }
        }

        private Long number(int rowNo, String field, Object value, long max) {
            if (blank(value)) {
                error(rowNo, field, "is required");
                return null;
            }
            long n;
            if (value instanceof Number num) {
                n = num.longValue();
            } else {
                try {
                    n = Long.parseLong(value.toString().trim());
                } catch (NumberFormatException e) {
                    error(rowNo, field, "must be an integer");
                    return null;
                }
            }
            if (n < 0 || n > max) {
                error(rowNo, field, "must be between 0 and " + max);
                return null;
            }
            return n;
        }

        private static boolean blank(Object v) {
            return v == null || (v instanceof String s && s.isBlank());
        }
    }

    /** CSV with a header row naming the columns (any order). */
    @Transactional
    public ImportResult importCsv(InputStream body, boolean dryRun) {
        Batch batch = new Batch();
        try {
            CsvReader csv = new CsvReader(body);
            List<String> header = csv.next();
            int[] index = header == null ? null : headerIndex(header, batch);
            if (header == null) {
                batch.error(0, "header", "the file is empty; the first row must name the columns "
                        + String.join(",", Figures.COLUMNS));
            }
            if (index != null) {
                int rowNo = 0;
                List<String> record;
                while ((record = csv.next()) != null) {
                    rowNo++;
                    if (record.size() != header.size()) {
                        batch.error(rowNo, "row", "has " + record.size() + " values; the header has " + header.size()
                                + " columns");
                        continue;
                    }
                    Object[] values = new Object[Figures.COLUMNS.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = record.get(index[i]);
                    }
                    batch.add(rowNo, values);
                }
                if (rowNo == 0) {
                    batch.error(0, "header", "the file has a header but no rows");
                }
            }
        } catch (CsvReader.MalformedCsv e) {
            batch.error(0, "body", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(batch, dryRun);
    }

    /** A JSON array of flat rows with the CSV column names as properties. */
    @Transactional
    public ImportResult importJson(List<ImportRow> rows, boolean dryRun) {
        Batch batch = new Batch();
        if (rows.isEmpty()) {
            batch.error(0, "body", "the array has no rows");
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

    /** Column positions in {@link Figures#COLUMNS} order, or null when the header is unusable. */
    private static int[] headerIndex(List<String> header, Batch batch) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (!Figures.COLUMNS.contains(name)) {
                batch.error(0, name.length() > 40 ? name.substring(0, 40) + "…" : name,
                        "unknown column; the columns are " + String.join(",", Figures.COLUMNS));
            } else if (at.putIfAbsent(name, i) != null) {
                batch.error(0, name, "appears more than once in the header");
            }
        }
        for (String col : Figures.COLUMNS) {
            if (!at.containsKey(col)) {
                batch.error(0, col, "column is missing from the header");
            }
        }
        if (batch.errorCount > 0) {
            return null;
        }
        return Figures.COLUMNS.stream().mapToInt(at::get).toArray();
    }

    private ImportResult run(Batch batch, boolean dryRun) {
        try (Connection con = dataSource.getConnection()) {
            Map<String, Long> companyIds = resolveCompanies(con, batch);
            // a REPORTER may import its own companies only: one foreign row refuses the whole file
            new LinkedHashSet<>(companyIds.values()).forEach(access::checkWrite);
            Map<String, Integer> firstRow = new HashMap<>();
            for (Row r : batch.rows) {
                Long companyId = companyIds.get(r.organisationNumber);
                if (companyId == null) {
                    batch.error(r.row, "organisationNumber",
                            "no company is registered with organisation number " + r.organisationNumber);
                    continue;
                }
                Integer earlier = firstRow.putIfAbsent(companyId + "|" + r.period, r.row);
                if (earlier != null) {
                    batch.error(r.row, "period", "rows " + earlier + " and " + r.row
                            + " are both for organisation number " + r.organisationNumber + " and period " + r.period);
                }
            }
            if (batch.errorCount > 0) {
                int rowsWithErrors = (int) batch.badRows.stream().filter(row -> row > 0).count();
                String detail = batch.badRows.contains(0) ? "The header or the body is invalid; nothing was imported"
                        : rowsWithErrors + (rowsWithErrors == 1 ? " row is" : " rows are")
                                + " invalid; nothing was imported";
                if (batch.errorCount > batch.errors.size()) {
                    detail += " (the first " + batch.errors.size() + " of " + batch.errorCount
                            + " errors are listed)";
                }
                throw new ImportRejectedException(detail, batch.errors, batch.errorCount);
            }
            Map<String, Existing> existing = loadExisting(con, new HashSet<>(companyIds.values()));
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            int unchanged = 0;
            for (Row r : batch.rows) {
                long companyId = companyIds.get(r.organisationNumber);
                Existing e = existing.get(companyId + "|" + r.period);
                if (e == null) {
                    inserts.add(new Object[] {companyId, r});
                } else if (e.figures.equals(r.figures)) {
                    unchanged++;
                } else {
                    updates.add(new Object[] {e, r});
                }
            }
            if (!dryRun && (!inserts.isEmpty() || !updates.isEmpty())) {
                // ids from Hibernate's own generator, so single writes and imports never share one
                write(con, inserts, entityIds.next(EmploymentReport.class, inserts.size()), updates);
                AuditInterceptor.recordDirect(con, "IMPORT", "EmploymentReport", "import", Figures.COLUMNS);
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
    private static Map<String, Long> resolveCompanies(Connection con, Batch batch) throws SQLException {
        List<String> numbers = new ArrayList<>(new LinkedHashSet<>(batch.rows.stream().map(Row::organisationNumber)
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
                    int p = setFigures(ps, 1, ((Row) upd[1]).figures);
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
        Row r = (Row) ins[1];
        ps.setLong(p++, id);
        ps.setLong(p++, (Long) ins[0]);
        ps.setString(p++, r.period.toString());
        ps.setInt(p++, r.period.year());
        ps.setInt(p++, r.period.quarter());
        p = setFigures(ps, p, r.figures);
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
