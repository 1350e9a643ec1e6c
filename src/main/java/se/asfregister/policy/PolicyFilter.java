package se.asfregister.policy;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import se.asfregister.common.ListFilter;
import se.asfregister.common.ListQuery;
import se.asfregister.web.AreaParams;
import se.asfregister.web.Params;
import se.asfregister.web.Where;

/** The policy list's filters, parsed from the query string. */
public record PolicyFilter(String municipality, String county, PolicyStatus status, PolicyKind kind,
        LocalDate inForceOn) implements ListFilter {

    /** The list's query parameters as sent: one declaration for the JSON list and the CSV export. */
    public record Query(
            @BeanParam AreaParams area,
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @QueryParam("inForceOn") String inForceOn,
            @QueryParam("sort") String sort) implements ListQuery<PolicyFilter> {

        @Override
        public PolicyFilter filter() {
            return new PolicyFilter(
                    area.municipalityCode(),
                    area.countyCode(),
                    Params.optionalEnum("status", status, PolicyStatus.class),
                    Params.optionalEnum("kind", kind, PolicyKind.class),
                    Params.optionalDate("inForceOn", inForceOn));
        }
    }

    public static PolicyFilter ofMunicipality(String code) {
        return new PolicyFilter(code, null, null, null, null);
    }

    /** Over {@code MunicipalPolicy p}. */
    @Override
    public Where where() {
        return new Where("MunicipalPolicy p")
                .inArea("p.municipalityCode", municipality, county)
                .and("p.status = :status", "status", status)
                .and("p.kind = :kind", "kind", kind)
                .and(PolicyRules.inForceJpql("p"), "day", inForceOn);
    }
}
