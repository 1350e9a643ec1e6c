package se.asfregister.project;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import se.asfregister.web.Params;
import se.asfregister.web.Where;

/** The project list's filters, parsed from the query string. */
public record ProjectFilter(String county, ProjectStatus status, LocalDate activeOn, Funder funder) {

    public static ProjectFilter parse(String county, String status, String activeOn, String funder) {
        return new ProjectFilter(
                Params.optionalCode("county", county, 2),
                Params.optionalEnum("status", status, ProjectStatus.class),
                Params.optionalDate("activeOn", activeOn),
                Params.optionalEnum("funder", funder, Funder.class));
    }

    /** The JPQL query over {@code Project p}. */
    String query() {
        return "from Project p where " + where().query();
    }

    Parameters params() {
        return where().params();
    }

    private Where where() {
        return new Where()
                .and("p.countyCode = :county", "county", county)
                .and("p.status = :status", "status", status)
                .and(ProjectRules.activeOnJpql("p"), "day", activeOn)
                .and("p.id in (select x.id from Project x join x.funding f where f.funder = :funder)", "funder",
                        funder);
    }
}
