package se.asfregister.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * it moved (a write here, on another instance, or a company change), the index is brought up to
 * date before the search: the {@link DirectoryRows row versions} tell which offerings changed,
 * and only those are read and indexed again (all of them when very many changed). So every
 * instance answers from the database's current state, on H2 and PostgreSQL alike.
 */
@ApplicationScoped
public class OfferingIndex {

    /** Above this many offerings changed at once, building afresh costs less than replacing them. */
    static final int MAX_CHANGES = 1000;

    private volatile SearchableOfferings current;

    /** The index {@link #current} was read from; only touched under this object's lock. */
    private OfferingLucene lucene;

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
                s = brought(s, marker);
                current = s;
            }
            return s;
        }
    }

    /** {@code s} (null: none yet) brought up to the rows as they are now, at least as new as {@code marker}. */
    private SearchableOfferings brought(SearchableOfferings s, OfferingGeneration marker) {
        try {
            // read after the marker: the rows are at least as new as it, never older
            DirectoryRows rows = DirectoryRows.read();
            Set<Long> changed = s == null ? null : rows.changedSince(s.rows());
            return changed == null || changed.size() > MAX_CHANGES
                    ? build(marker, rows) : update(s, marker, rows, changed);
        } catch (RuntimeException e) {
            // the Lucene index may be half updated: the next search builds it afresh
            current = null;
            throw e;
        }
    }

    private SearchableOfferings build(OfferingGeneration marker, DirectoryRows rows) {
        List<OfferingResponse> offerings = load(
                "select distinct o from Offering o left join fetch o.municipalityCodes order by o.id", Map.of());
        if (lucene != null) {
            lucene.close();
        }
        lucene = new OfferingLucene(offerings);
        return SearchableOfferings.of(marker, rows, offerings, TitleOrder.of(offerings), areas(), lucene.reader());
    }

    private SearchableOfferings update(SearchableOfferings s, OfferingGeneration marker, DirectoryRows rows,
            Set<Long> changed) {
        List<OfferingResponse> fresh = changed.isEmpty() ? List.of() : load(
                "select distinct o from Offering o left join fetch o.municipalityCodes where o.id in :ids order by o.id",
                Map.of("ids", changed));
        List<Long> indexed = changed.stream().filter(s.byId()::containsKey).toList();
        return s.with(marker, rows, changed, fresh, lucene.replace(indexed, fresh));
    }

    /** The offerings of active companies that the query finds. */
    private List<OfferingResponse> load(String query, Map<String, Object> params) {
        List<Offering> offerings = Offering.<Offering>find(query, params).list();
        Set<Long> sellers = offerings.stream().map(o -> o.companyId).collect(Collectors.toSet());
        List<Company> companies = params.isEmpty() ? Company.<Company>find("status", CompanyStatus.ACTIVE).list()
                : sellers.isEmpty() ? List.of()
                : Company.<Company>find("status = ?1 and id in ?2", CompanyStatus.ACTIVE, sellers).list();
        Map<Long, Company> active = companies.stream().collect(Collectors.toMap(c -> c.id, c -> c));
        // stale is worked out again at each search (SearchableOfferings.staleAt, OfferingResponse.asOf): the index outlives this instant
        Instant built = clock.now();
        return offerings.stream().filter(o -> active.containsKey(o.companyId))
                .map(o -> OfferingResponse.of(o, active.get(o.companyId), built)).toList();
    }

    private static Map<String, Municipality> areas() {
        return Municipality.<Municipality>listAll().stream().collect(Collectors.toMap(m -> m.code, m -> m));
    }
}
