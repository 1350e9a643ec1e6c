package se.asfregister.company;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.Set;
import se.asfregister.common.ListQuery;
import se.asfregister.web.AreaParams;
import se.asfregister.web.Params;
import se.asfregister.web.TextSearch;
import se.asfregister.web.Where;

/**
 * The company list's filters, parsed from the query string. {@code modifiedSince} makes the
 * list a change feed: the companies changed (or confirmed) at or after that instant.
 */
public record CompanyFilter(String municipality, String county, CompanyStatus status, Boolean meetsCriteria,
        String industry, String q, PlaceKind availablePlaces, Boolean reservedContract, Instant modifiedSince) {

    /** The list's query parameters as sent: one declaration for the JSON list and the CSV export. */
    public record Query(
            @BeanParam AreaParams area,
            @QueryParam("status") String status,
            @QueryParam("meetsCriteria") String meetsCriteria,
            @QueryParam("industry") String industry,
            @QueryParam("q") String q,
            @QueryParam("availablePlaces") String availablePlaces,
            @QueryParam("reservedContract") String reservedContract,
            @QueryParam("sort") String sort,
            @QueryParam("modifiedSince") String modifiedSince) implements ListQuery<CompanyFilter> {

        @Override
        public CompanyFilter filter() {
            return new CompanyFilter(
                    area.municipalityCode(),
                    area.countyCode(),
                    Params.optionalEnum("status", status, CompanyStatus.class),
                    Params.optionalBoolean("meetsCriteria", meetsCriteria),
                    Params.optionalText("industry", industry, 100),
                    Params.optionalText("q", q, 200),
                    Params.optionalEnum("availablePlaces", availablePlaces, PlaceKind.class),
                    Params.optionalBoolean("reservedContract", reservedContract),
                    Params.optionalTimestamp("modifiedSince", modifiedSince));
        }

        /** A change feed reads in modification order unless another is asked for. */
        @Override
        public String defaultSort() {
            return modifiedSince == null || modifiedSince.isBlank() ? "name" : "updatedAt";
        }
    }

    /**
     * The where-clause; {@code withPlaces} and {@code eligible} are the companies with free places
     * of the asked kind and the eligible ones, worked out when those filters are set (else null).
     */
    Where where(Set<Long> withPlaces, Set<Long> eligible) {
        return new Where()
                .inArea("municipalityCode", municipality, county)
                .and("status = :status", "status", status)
                .and("meetsAsfCriteria = :meets", "meets", meetsCriteria)
                .and("id in (select c.id from Company c join c.industries i where " + TextSearch.fold("i")
                        + " = :industry)", "industry", TextSearch.lower(industry))
                // search_name is lower-cased in Java when the company is written, so needs no folding here
                .and("searchName like :q" + TextSearch.ESCAPE, "q", TextSearch.containing(q))
                .and("id in :withPlaces", "withPlaces", nonEmpty(withPlaces))
                .and((Boolean.FALSE.equals(reservedContract) ? "id not in" : "id in") + " :eligible", "eligible",
                        nonEmpty(eligible))
                .and("updatedAt >= :modifiedSince", "modifiedSince", modifiedSince);
    }

    /** An IN list needs a value: no company has id 0. */
    private static Set<Long> nonEmpty(Set<Long> ids) {
        return ids == null || !ids.isEmpty() ? ids : Set.of(0L);
    }
}
