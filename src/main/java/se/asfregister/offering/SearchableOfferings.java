package se.asfregister.offering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import se.asfregister.area.Municipality;
import se.asfregister.offering.OfferingRecords.OfferingResponse;

/**
 * One immutable state of the directory: the rows it was read from ({@link DirectoryRows}), the
 * offerings of active companies by id, in {@link TitleOrder}, and in a Lucene index, from when
 * on each is stale (by the very record, compared by identity: cheaper than by id), and the municipalities for county filters and facet names.
 */
public record SearchableOfferings(OfferingGeneration marker, DirectoryRows rows, Map<Long, OfferingResponse> byId,
        TitleOrder titles, Map<OfferingResponse, Instant> staleFrom, Map<String, Municipality> municipalities, IndexSearcher searcher,
        long[] docIds) {

    static SearchableOfferings of(OfferingGeneration marker, DirectoryRows rows, Collection<OfferingResponse> offerings,
            TitleOrder titles, Map<String, Municipality> municipalities, DirectoryReader reader) {
        Map<Long, OfferingResponse> byId = new HashMap<>();
        Map<OfferingResponse, Instant> staleFrom = new IdentityHashMap<>();
        offerings.forEach(o -> {
            byId.put(o.id(), o);
            staleFrom.put(o, o.staleFrom());
        });
        return new SearchableOfferings(marker, rows, byId, titles, staleFrom, municipalities, new IndexSearcher(reader),
                docIds(reader));
    }

    /** This state with the offerings {@code changed} (or gone) replaced by {@code fresh}, their state now. */
    SearchableOfferings with(OfferingGeneration next, DirectoryRows nextRows, Set<Long> changed,
            List<OfferingResponse> fresh, DirectoryReader reader) {
        Map<Long, OfferingResponse> offerings = new HashMap<>(byId);
        Map<OfferingResponse, Instant> stale = new IdentityHashMap<>(staleFrom);
        changed.forEach(id -> {
            OfferingResponse old = offerings.remove(id);
            if (old != null) {
                stale.remove(old);
            }
        });
        fresh.forEach(o -> {
            offerings.put(o.id(), o);
            stale.put(o, o.staleFrom());
        });
        return new SearchableOfferings(next, nextRows, offerings, titles.with(changed, fresh), stale, municipalities,
                new IndexSearcher(reader), docIds(reader));
    }

    /**
     * The offerings that match the words, best first, then those that match only with a typo
     * corrected, best first: a corrected word never outranks one spelt right.
     */
    List<OfferingResponse> matching(Optional<Query> words, Optional<Query> typos) {
        List<OfferingResponse> hits = new ArrayList<>(words.map(this::matching).orElse(List.of()));
        Set<Long> seen = new HashSet<>();
        hits.forEach(o -> seen.add(o.id()));
        typos.map(this::matching).orElse(List.of()).stream().filter(o -> seen.add(o.id())).forEach(hits::add);
        return hits;
    }

    /** The offerings that match, best first; equal scores keep id order. */
    List<OfferingResponse> matching(Query query) {
        try {
            return searcher.search(query, new AllHits(docIds)).stream().map(h -> byId.get(h.id())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the offering or its company is unconfirmed too long at {@code now}, without working out dates per search. */
    boolean staleAt(OfferingResponse o, Instant now) {
        return !now.isBefore(staleFrom.get(o));
    }

    String countyOf(String municipality) {
        Municipality m = municipalities.get(municipality);
        return m == null ? null : m.countyCode;
    }

    String municipalityName(String code) {
        Municipality m = municipalities.get(code);
        return m == null ? null : m.name;
    }

    /** The offering id of every Lucene document, by document number. */
    private static long[] docIds(DirectoryReader reader) {
        long[] ids = new long[reader.maxDoc()];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(OfferingLucene.ID);
                while (values != null && values.nextDoc() != NumericDocValues.NO_MORE_DOCS) {
                    ids[leaf.docBase + values.docID()] = values.longValue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}
