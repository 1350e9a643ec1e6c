package se.asfregister.esf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import se.asfregister.audit.AuditInterceptor;
import se.asfregister.common.ProjectLookup;
import se.asfregister.employment.BulkImport;
import se.asfregister.employment.EmploymentRecords.ImportResult;
import se.asfregister.employment.ImportCompanies;
import se.asfregister.employment.ImportRequest;
import se.asfregister.security.CompanyAccess;
import se.asfregister.web.ApiException;
import se.asfregister.web.WriteRaces;

/**
 * Bulk import of participant reports, all or nothing, in the request's transaction, on the
 * pieces of the employment-report import: rows checked ({@link ImportRows}, every bad row
 * listed, the 422 of {@code ImportRejectedException}), organisation numbers resolved
 * ({@link ImportCompanies}), a reporter's rows for foreign companies refused (403). Reports are
 * few (one per company and quarter), so they are written as entities; each write is audited
 * like a single PUT's, but as an {@code IMPORT} like the employment import's.
 */
@ApplicationScoped
public class ParticipantImportService extends BulkImport<ImportRows, Map<String, Object>> {

    @Inject
    DataSource dataSource;

    @Inject
    CompanyAccess access;

    @Inject
    ProjectLookup projects;

    ParticipantImportService() {
        super(ImportRows::new, ParticipantCsv::read, ImportRows::add);
    }

    @Override
    protected ImportResult run(ImportRows rows, boolean dryRun) {
        Map<String, Long> companyIds = companyIds(rows);
        new LinkedHashSet<>(companyIds.values()).forEach(access::checkWrite);
        Map<String, ImportRows.Row> byKey = new HashMap<>();
        for (ImportRows.Row r : rows.rows) {
            Long companyId = companyIds.get(r.organisationNumber());
            if (companyId == null) {
                rows.error(r.row(), ImportColumns.ORGANISATION_NUMBER, "no company is registered with organisation number "
                        + r.organisationNumber());
            } else if (byKey.putIfAbsent(companyId + "/" + r.period(), r) != null) {
                rows.error(r.row(), ImportColumns.PERIOD, "rows " + byKey.get(companyId + "/" + r.period()).row()
                        + " and " + r.row() + " are both for organisation number " + r.organisationNumber()
                        + " and period " + r.period());
            }
            if (r.projectId() != null && projects.countyOf(r.projectId()).isEmpty()) {
                rows.error(r.row(), ImportColumns.PROJECT_ID, "no project has id " + r.projectId());
            }
        }
        rows.rejectIfAny();
        return write(rows.rows, companyIds, dryRun);
    }

    private ImportResult write(List<ImportRows.Row> rows, Map<String, Long> companyIds, boolean dryRun) {
        Set<Long> ids = new LinkedHashSet<>(companyIds.values());
        Map<String, ParticipantReport> stored = new HashMap<>();
        if (!ids.isEmpty()) {
            ParticipantReport.<ParticipantReport>list("companyId in ?1", ids).forEach(r -> stored.put(r.auditId(), r));
        }
        // audited like the employment import: IMPORT events, by company and period like a PUT's
        AuditInterceptor.recordAs(AuditInterceptor.IMPORT);
        int created = 0;
        int updated = 0;
        for (ImportRows.Row row : rows) {
            long companyId = companyIds.get(row.organisationNumber());
            ParticipantReport r = stored.get(companyId + "/" + row.period());
            if (r == null) {
                created++;
                r = new ParticipantReport();
                r.place(companyId, row.period());
            } else if (r.counts().equals(row.counts()) && Objects.equals(r.projectId, row.projectId())) {
                continue;
            } else {
                updated++;
            }
            if (!dryRun) {
                r.apply(row.projectId(), row.counts());
                if (r.id == null) {
                    r.persist();
                }
            }
        }
        flush();
        return new ImportResult(created, updated, rows.size() - created - updated, dryRun);
    }

    /**
     * Writes the import now, so that a report another writer created or changed since it was read
     * (its unique key, its version, its lock) is a 409 that asks for the import again.
     */
    private static void flush() {
        try {
            ParticipantReport.flush();
        } catch (RuntimeException e) {
            if (WriteRaces.isConcurrentWrite(e)) {
                throw ApiException.conflict(ImportRequest.LOST_RACE);
            }
            throw e;
        }
    }

    private Map<String, Long> companyIds(ImportRows rows) {
        try (Connection con = dataSource.getConnection()) {
            return ImportCompanies.ids(con, rows.rows.stream().map(ImportRows.Row::organisationNumber).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed", e);
        }
    }
}
