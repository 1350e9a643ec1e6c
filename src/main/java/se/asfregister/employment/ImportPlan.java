package se.asfregister.employment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.asfregister.audit.AuditInterceptor.DirectWrite;
import se.asfregister.employment.ImportCompanies.ReportKey;
import se.asfregister.employment.ImportCompanies.Resolved;
import se.asfregister.employment.ReportWriter.Existing;

/**
 * What an import will write: the rows without a report yet, the reports whose figures change,
 * the rows that change nothing, and the audit event of each written report ({@link ImportAudit}).
 */
record ImportPlan(List<Resolved> inserts, List<Update> updates, int unchanged, List<DirectWrite> audit) {

    /** A stored report and the row that changes its figures. */
    record Update(Existing before, Resolved row) {
    }

    static ImportPlan of(List<Resolved> rows, Map<ReportKey, Existing> existing) {
        List<Resolved> inserts = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        List<DirectWrite> audit = new ArrayList<>();
        Map<List<String>, List<String>> changedFields = new HashMap<>();
        int unchanged = 0;
        for (Resolved r : rows) {
            Existing e = existing.get(r.key());
            Figures figures = r.row().figures();
            if (e == null) {
                inserts.add(r);
                audit.add(ImportAudit.created(r.companyId(), r.row().period(), figures));
            } else if (e.figures().equals(figures)) {
                unchanged++;
            } else {
                updates.add(new Update(e, r));
                audit.add(ImportAudit.updated(r.companyId(), r.row().period(), e.figures(), figures, changedFields));
            }
        }
        return new ImportPlan(inserts, updates, unchanged, audit);
    }

    /** Whether the import writes anything. */
    boolean writes() {
        return !inserts.isEmpty() || !updates.isEmpty();
    }
}
