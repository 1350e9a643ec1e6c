package se.asfregister.employment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.asfregister.audit.AuditInterceptor;
import se.asfregister.audit.AuditInterceptor.DirectWrite;

/**
 * The audit events of a bulk import: one per created or updated report, named by company and
 * period like a single write's, with the same field names Hibernate would record for it
 * (sorted; the key fields on creation, only the changed figures on update).
 */
final class ImportAudit {

    /** How {@code IMPORT} events are told apart from single writes ({@code CREATE}, {@code UPDATE}). */
    static final String ACTION = AuditInterceptor.IMPORT;
    static final String ENTITY_TYPE = "EmploymentReport";

    /** Every field a new report sets, sorted; one list shared by all events (an import may create 200,000). */
    private static final List<String> CREATED_FIELDS = createdFields(Figure.ALL);

    /** The same for a new report that leaves the optional figures out: Hibernate records no null field. */
    private static final List<String> CREATED_REQUIRED_FIELDS = createdFields(
            Figure.ALL.stream().filter(f -> !f.optional()).toList());

    private ImportAudit() {
    }

    static DirectWrite created(long companyId, Period period, Figures figures) {
        boolean allStated = Figure.ALL.stream().noneMatch(f -> figures.get(f) == Figure.ABSENT);
        return new DirectWrite(EmploymentReport.auditId(companyId, period.toString()),
                allStated ? CREATED_FIELDS : CREATED_REQUIRED_FIELDS);
    }

    private static List<String> createdFields(List<Figure> figures) {
        return List.copyOf(new TreeSet<>(Stream.concat(Stream.of("companyId", "period", "periodQuarter", "periodYear"),
                figures.stream().map(f -> f.column)).toList()));
    }

    /**
     * {@code shared} holds the lists of changed fields met so far in the same import: an import
     * may update 200,000 reports, most of them in the same few fields, and one list per event
     * took more heap than the rows themselves.
     */
    static DirectWrite updated(long companyId, Period period, Figures before, Figures after,
            Map<List<String>, List<String>> shared) {
        List<String> changed = after.changedFrom(before);
        changed.sort(Comparator.naturalOrder());
        return new DirectWrite(EmploymentReport.auditId(companyId, period.toString()),
                shared.computeIfAbsent(changed, List::copyOf));
    }
}
