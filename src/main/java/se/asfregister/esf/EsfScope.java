package se.asfregister.esf;

/**
 * What an ESF report sums over: the participant reports of one year, of the companies in a
 * county, of one project, or (neither given) of the whole country.
 */
public record EsfScope(int year, String county, Long project) {

    /** The SQL that picks the scope's reports as {@code r}, and binds its parameters from 1. */
    String from() {
        String from = " FROM participant_report r JOIN participant_count c ON c.report_id = r.id";
        if (county != null) {
            from += " JOIN company co ON co.id = r.company_id JOIN municipality m ON m.code = co.municipality_code";
        }
        return from + " WHERE r.period_year = ?" + (county != null ? " AND m.county_code = ?" : "")
                + (project != null ? " AND r.project_id = ?" : "");
    }

    Object[] params() {
        return county != null ? new Object[] {year, county} : project != null ? new Object[] {year, project}
                : new Object[] {year};
    }
}
