package se.asfregister.activity;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import se.asfregister.common.ListFilter;
import se.asfregister.common.ListQuery;
import se.asfregister.web.AreaParams;
import se.asfregister.web.Params;
import se.asfregister.web.Ranges;
import se.asfregister.web.TextSearch;
import se.asfregister.web.Where;

/** The activity list's filters, parsed from the query string; {@code from}/{@code to} are inclusive. */
public record ActivityFilter(String municipality, String county, ActivityKind kind, Long companyId, String topic,
        LocalDate from, LocalDate to) implements ListFilter {

    /** The list's query parameters as sent: one declaration for the JSON list and the CSV export. */
    public record Query(
            @BeanParam AreaParams area,
            @QueryParam("kind") String kind,
            @QueryParam("companyId") String companyId,
            @QueryParam("topic") String topic,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sort") String sort) implements ListQuery<ActivityFilter> {

        @Override
        public ActivityFilter filter() {
            ActivityFilter f = new ActivityFilter(
                    area.municipalityCode(),
                    area.countyCode(),
                    Params.optionalEnum("kind", kind, ActivityKind.class),
                    Params.optionalId("companyId", companyId),
                    Params.optionalText("topic", topic, 100),
                    Params.optionalDate("from", from),
                    Params.optionalDate("to", to));
            Ranges.requireOrdered("from", f.from, "to", f.to);
            return f;
        }
    }

    public static ActivityFilter ofCompany(long companyId) {
        return new ActivityFilter(null, null, null, companyId, null, null, null);
    }

    /** Over {@code Activity a}. */
    @Override
    public Where where() {
        return new Where("Activity a")
                .inArea("a.municipalityCode", municipality, county)
                .and("a.kind = :kind", "kind", kind)
                .and("a.id in (select x.id from Activity x join x.companyIds k where k = :companyId)", "companyId",
                        companyId)
                // topics match whole and case-insensitively: "csr" finds "CSR"
                .and("a.id in (select x.id from Activity x join x.topics t where " + TextSearch.fold("t")
                        + " = :topic)", "topic", TextSearch.lower(topic))
                .and("a.heldOn >= :from", "from", from)
                .and("a.heldOn <= :to", "to", to);
    }
}
