package se.asfregister.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.asfregister.area.Municipality;
import se.asfregister.common.SwedishClock;
import se.asfregister.company.Company;
import se.asfregister.company.CompanyStatus;
import se.asfregister.offering.OfferingRecords.OfferingResponse;

/**
 * The searchable directory held in memory: the offerings of active companies, read from the
 * database and indexed with Lucene ({@link SearchableOfferings}). Before each search the
 * database's {@link OfferingGeneration} is compared with the one the index was built at; when
 * it moved (a write here, on another instance, or a company change), the index is rebuilt.
 * So every instance answers from the database's current state, on H2 and PostgreSQL alike.
 */
@ApplicationScoped
public class OfferingIndex {

    private volatile SearchableOfferings current;

    @Inject
    SwedishClock clock;

    /** The index for the database's current state; call inside a request (a session is needed). */
    public SearchableOfferings current() {
        OfferingGeneration marker = OfferingGeneration.read();
        SearchableOfferings s = current;
        if (s != null && s.marker().equals(marker)) {
            return s;
        }
        synchronized (this) {
            s = current;
            if (s == null || !s.marker().equals(marker)) {
                // read after the marker: the rows are at least as new as it, never older
                s = SearchableOfferings.build(marker, load(), areas());
                current = s;
            }
            return s;
        }
    }

    private List<OfferingResponse> load() {
        Map<Long, Company> active = Company.<Company>find("status", CompanyStatus.ACTIVE).list().stream()
                .collect(Collectors.toMap(c -> c.id, c -> c));
        // stale is worked out again at each search (OfferingResponse.asOf): the index outlives this instant
        Instant built = clock.now();
        return Offering.<Offering>find("select distinct o from Offering o left join fetch o.municipalityCodes order by o.id")
                .list().stream().filter(o -> active.containsKey(o.companyId))
                .map(o -> OfferingResponse.of(o, active.get(o.companyId), built)).toList();
    }

    private static Map<String, Municipality> areas() {
        return Municipality.<Municipality>listAll().stream().collect(Collectors.toMap(m -> m.code, m -> m));
    }
}
