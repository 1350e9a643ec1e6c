package se.asfregister.offering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import se.asfregister.common.SwedishClock;
import se.asfregister.company.ReservedContracts;
import se.asfregister.company.TrainingPlacesService;
import se.asfregister.offering.OfferingRecords.OfferingResponse;
import se.asfregister.offering.SearchRecords.Facet;
import se.asfregister.offering.SearchRecords.Facets;
import se.asfregister.offering.SearchRecords.SearchPage;
import se.asfregister.web.PageRequest;

/**
 * Searching the directory: the words rank the offerings (by relevance, words with one letter
 * wrong after those spelt right; without words by Swedish title, then id, or, as a change feed
 * with {@code modifiedSince}, by modification time, then id), the filters narrow them (free
 * places and reserved-contract eligibility through the company that sells), the facets count
 * what is left per CPV division and per municipality served, and a page of it is returned.
 */
@ApplicationScoped
public class OfferingSearch {

    @Inject
    OfferingIndex index;

    @Inject
    TrainingPlacesService places;

    @Inject
    ReservedContracts reserved;

    @Inject
    SwedishClock clock;

    @Inject
    OfferingService offerings;

    public SearchPage search(OfferingFilter filter, PageRequest page) {
        SearchableOfferings s = index.current();
        Instant now = clock.now();
        List<OfferingResponse> hits = all(filter, s, now);
        int from = (int) Math.min((long) page.page() * page.size(), hits.size());
        int to = Math.min(from + page.size(), hits.size());
        long pages = hits.isEmpty() ? 0 : (hits.size() + page.size() - 1) / page.size();
        return new SearchPage(shown(hits.subList(from, to), now), page.page(), page.size(), hits.size(), pages,
                facets(hits, s));
    }

    /** Every hit in order, for CSV export. */
    public List<OfferingResponse> searchAll(OfferingFilter filter) {
        Instant now = clock.now();
        return shown(all(filter, index.current(), now), now);
    }

    /** The hits as the caller may see them, with {@code stale} as of now (the index keeps it as of its build). */
    private List<OfferingResponse> shown(List<OfferingResponse> hits, Instant now) {
        return hits.stream().map(o -> offerings.visible(o.asOf(now))).toList();
    }

    private List<OfferingResponse> all(OfferingFilter filter, SearchableOfferings s, Instant now) {
        Predicate<Long> company = companies(filter);
        List<OfferingResponse> ranked = filter.q() != null
                ? s.matching(TextQuery.of(filter.q()), TypoQuery.of(filter.q()))
                : s.titles().offerings();
        List<OfferingResponse> hits = ranked.stream()
                .filter(o -> filter.accepts(o, s, now) && company.test(o.companyId())).toList();
        return filter.q() == null && filter.modifiedSince() != null ? hits.stream().sorted(CHANGES).toList() : hits;
    }

    /** Without words: a change feed in modification order, else Swedish title order ({@link TitleOrder}); the id breaks ties. */
    private static final Comparator<OfferingResponse> CHANGES = Comparator.comparing(OfferingResponse::updatedAt)
            .thenComparingLong(OfferingResponse::id);

    /**
     * The companies whose offerings the filters on free places and eligibility let through,
     * asked of the database at each search: the index cannot hold them, since figures go stale
     * as days pass and eligibility follows every employment report.
     */
    private Predicate<Long> companies(OfferingFilter filter) {
        Set<Long> withPlaces = filter.availablePlaces() == null ? null
                : places.companiesWithAvailable(filter.availablePlaces());
        Set<Long> eligible = filter.reservedContract() == null ? null : reserved.eligibleCompanies();
        return id -> (withPlaces == null || withPlaces.contains(id))
                && (eligible == null || eligible.contains(id) == filter.reservedContract());
    }

    private static Facets facets(List<OfferingResponse> hits, SearchableOfferings s) {
        // hashed, not sorted: ranked() orders them, and a tree cost most of a search with thousands of hits
        Map<String, Long> divisions = new HashMap<>();
        Map<String, Long> municipalities = new HashMap<>();
        for (OfferingResponse o : hits) {
            divisions.merge(o.cpvDivision(), 1L, Long::sum);
            o.municipalityCodes().forEach(m -> municipalities.merge(m, 1L, Long::sum));
        }
        return new Facets(
                ranked(divisions, d -> CpvDivisions.name(d).orElse(null)),
                ranked(municipalities, s::municipalityName));
    }

    /** Largest count first, then by code. */
    private static List<Facet> ranked(Map<String, Long> counts, Function<String, String> name) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Facet(e.getKey(), name.apply(e.getKey()), e.getValue())).toList();
    }
}
