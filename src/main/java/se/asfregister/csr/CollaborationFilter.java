package se.asfregister.csr;

import io.quarkus.panache.common.Parameters;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import se.asfregister.common.ListFilter;
import se.asfregister.common.ListQuery;
import se.asfregister.web.AreaParams;
import se.asfregister.web.Params;
import se.asfregister.web.Where;

/** The collaboration list's filters, parsed from the query string. */
public record CollaborationFilter(String municipality, String county, CollaborationStatus status,
        CollaborationKind kind, Long companyId, Integer activeInYear) implements ListFilter {

    /** The list's query parameters as sent: one declaration for the JSON list and the CSV export. */
    public record Query(
            @BeanParam AreaParams area,
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @QueryParam("companyId") String companyId,
            @QueryParam("activeInYear") String activeInYear,
            @QueryParam("sort") String sort) implements ListQuery<CollaborationFilter> {

        @Override
        public CollaborationFilter filter() {
            return new CollaborationFilter(
                    area.municipalityCode(),
                    area.countyCode(),
                    Params.optionalEnum("status", status, CollaborationStatus.class),
                    Params.optionalEnum("kind", kind, CollaborationKind.class),
                    Params.optionalId("companyId", companyId),
                    Params.optionalInt("activeInYear", activeInYear, 1900, 2100));
        }
    }

    public static CollaborationFilter ofCompany(long companyId) {
        return new CollaborationFilter(null, null, null, null, companyId, null);
    }

    @Override
    public Parameters params() {
        Parameters p = where().params();
        // the definition binds two parameters; Where carries one per clause
        return activeInYear == null ? p : p.and("yearEnd", CollaborationRules.yearEnd(activeInYear));
    }

    /** Over {@code CsrCollaboration c}. */
    @Override
    public Where where() {
        return new Where("CsrCollaboration c")
                .inArea("c.municipalityCode", municipality, county)
                .and("c.status = :status", "status", status)
                .and("c.kind = :kind", "kind", kind)
                .and("c.id in (select x.id from CsrCollaboration x join x.companyIds k where k = :companyId)",
                        "companyId", companyId)
                .and(CollaborationRules.activeInYearJpql("c"), "yearStart",
                        activeInYear == null ? null : CollaborationRules.yearStart(activeInYear));
    }
}
