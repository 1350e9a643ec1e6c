package se.asfregister.employment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import se.asfregister.audit.AuditInterceptor;
import se.asfregister.common.Database;
import se.asfregister.common.EntityIds;
import se.asfregister.employment.EmploymentRecords.ImportResult;
import se.asfregister.employment.EmploymentRecords.ImportRow;
import se.asfregister.employment.ImportCompanies.Resolved;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.ApiException;
import se.asfregister.web.WriteRaces;

/**
 * Bulk import of employment reports, all or nothing, in the request's transaction: rows are
 * checked ({@link ImportBatch}; every bad row is reported), matched with their companies
 * ({@link ImportCompanies}), compared with the stored reports ({@link ImportPlan}), and only
 * new or changed reports are written ({@link ReportWriter}) with one audit event each.
 */
@ApplicationScoped
public class EmploymentImportService extends BulkImport<ImportBatch, ImportRow> {

    /** Written rows from which an import refreshes PostgreSQL's statistics itself. */
    static final int ANALYZE_AFTER_ROWS = 10_000;

    @Inject
    DataSource dataSource;

    @Inject
    CompanyAccess access;

    @Inject
    Database database;

    @Inject
    EntityIds entityIds;

    EmploymentImportService() {
        super(ImportBatch::new, CsvImport::read, ImportBatch::add);
    }

    @Override
    protected ImportResult run(ImportBatch batch, boolean dryRun) {
        try (Connection con = dataSource.getConnection()) {
            Map<String, Long> companyIds = ImportCompanies.ids(con, batch.rows);
            // a REPORTER may import its own companies only: one foreign row refuses the whole file
            new LinkedHashSet<>(companyIds.values()).forEach(access::checkWrite);
            List<Resolved> rows = ImportCompanies.match(batch, companyIds);
            batch.rejectIfAny();
            ImportPlan plan = ImportPlan.of(rows, ReportWriter.existing(con, new HashSet<>(companyIds.values())));
            if (!dryRun && plan.writes()) {
                write(con, plan);
            }
            return new ImportResult(plan.inserts().size(), plan.updates().size(), plan.unchanged(), dryRun);
        } catch (SQLException e) {
            // a unique key written meanwhile, a deadlock with an overlapping import, a lock timeout:
            // all rolled back, so the import may be resent
            if (WriteRaces.isConcurrentWrite(e)) {
                throw ApiException.conflict(ImportRequest.LOST_RACE);
            }
            throw new IllegalStateException("Import failed", e);
        }
    }

    private void write(Connection con, ImportPlan plan) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (!plan.inserts().isEmpty()) {
            // ids from Hibernate's own generator, so single writes and imports never share one
            long[] ids = entityIds.next(EmploymentReport.class, plan.inserts().size());
            ReportWriter.insert(con, plan.inserts(), ids, now);
        }
        if (!plan.updates().isEmpty()) {
            ReportWriter.update(con, plan.updates(), now);
        }
        AuditInterceptor.recordDirect(con, ImportAudit.ACTION, ImportAudit.ENTITY_TYPE, plan.audit());
        refreshStatistics(con, plan.inserts().size() + plan.updates().size());
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
}
