package se.asfregister.policy;

import io.quarkus.panache.common.Parameters;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import se.asfregister.common.ListQuery;
import se.asfregister.web.AreaParams;
import se.asfregister.web.Params;
import se.asfregister.web.Where;

/** The policy list's filters, parsed from the query string. */
public record PolicyFilter(String municipality, String county, PolicyStatus status, PolicyKind kind,
        LocalDate inForceOn) {

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

    /** The JPQL query over {@code MunicipalPolicy p}. */
    String query() {
        return "from MunicipalPolicy p where " + where().query();
    }

    Parameters params() {
        return where().params();
    }

    private Where where() {
        return new Where()
                .inArea("p.municipalityCode", municipality, county)
                .and("p.status = :status", "status", status)
                .and("p.kind = :kind", "kind", kind)
                .and(PolicyRules.inForceJpql("p"), "day", inForceOn);
    }
}
