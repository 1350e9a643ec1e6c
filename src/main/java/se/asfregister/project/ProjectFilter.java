package se.asfregister.project;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import se.asfregister.common.ListFilter;
import se.asfregister.common.ListQuery;
import se.asfregister.web.Params;
import se.asfregister.web.Where;

/** The project list's filters, parsed from the query string. */
public record ProjectFilter(String county, ProjectStatus status, LocalDate activeOn, Funder funder)
        implements ListFilter {

    /** The list's query parameters as sent: one declaration for the JSON list and the CSV export. */
    public record Query(
            @QueryParam("county") String county,
            @QueryParam("status") String status,
            @QueryParam("activeOn") String activeOn,
            @QueryParam("funder") String funder,
            @QueryParam("sort") String sort) implements ListQuery<ProjectFilter> {

        @Override
        public ProjectFilter filter() {
            return new ProjectFilter(
                    Params.optionalCounty(county),
                    Params.optionalEnum("status", status, ProjectStatus.class),
                    Params.optionalDate("activeOn", activeOn),
                    Params.optionalEnum("funder", funder, Funder.class));
        }
    }

    /** Over {@code Project p}. */
    @Override
    public Where where() {
        return new Where("Project p")
                .and("p.countyCode = :county", "county", county)
                .and("p.status = :status", "status", status)
                .and(ProjectRules.activeOnJpql("p"), "day", activeOn)
                .and("p.id in (select x.id from Project x join x.funding f where f.funder = :funder)", "funder",
                        funder);
    }
}
