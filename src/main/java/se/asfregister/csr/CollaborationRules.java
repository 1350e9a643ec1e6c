package se.asfregister.csr;

import java.time.LocalDate;

/**
 * The one definition of a CSR collaboration that is <em>active in year Y</em>: status
 * {@code ACTIVE} or {@code COMPLETED}, started on or before 31 December Y, and no end date or
 * ended on or after 1 January Y. Lists filter with it and reporting counts with it.
 * Both forms bind {@code :yearStart} and {@code :yearEnd} (see {@link #yearStart}, {@link #yearEnd}).
 */
public final class CollaborationRules {

    private CollaborationRules() {
    }

    /** JPQL over the entity's fields, for a collaboration aliased {@code alias}. */
    public static String activeInYearJpql(String alias) {
        return "(" + alias + ".status IN ('ACTIVE', 'COMPLETED') AND " + alias + ".startDate <= :yearEnd AND ("
                + alias + ".endDate IS NULL OR " + alias + ".endDate >= :yearStart))";
    }

    /** SQL over table {@code csr_collaboration} aliased {@code alias}. */
    public static String activeInYearSql(String alias) {
        return "(" + alias + ".status IN ('ACTIVE', 'COMPLETED') AND " + alias + ".start_date <= :yearEnd AND ("
                + alias + ".end_date IS NULL OR " + alias + ".end_date >= :yearStart))";
    }

    public static LocalDate yearStart(int year) {
        return LocalDate.of(year, 1, 1);
    }

    public static LocalDate yearEnd(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
