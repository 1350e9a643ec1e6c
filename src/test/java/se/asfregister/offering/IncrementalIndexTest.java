package se.asfregister.offering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import se.asfregister.offering.DirectoryRows.OfferingRow;
import se.asfregister.offering.OfferingRecords.OfferingResponse;

/**
 * A write re-indexes only what it changed ({@link OfferingIndex}): the index updated in place must
 * rank every hit with the very score of an index built afresh from the same offerings, and the
 * row versions must name exactly the offerings to read again.
 */
class IncrementalIndexTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<String> QUERIES = List.of("städning", "städ", "kontorsstädning", "cafe", "bröd",
            "möbler", "renovering av möbler", "catring", "snickery", "tvätt", "kaffe", "gävle");

    @Test
    void anIndexUpdatedInPlaceRanksLikeOneBuiltAfresh() throws IOException {
        List<OfferingResponse> before = corpus();
        // S2 (id 2) now sells something else, C1 (id 5) is gone, and a new café (id 100) sells bread:
        // the words of both move the document frequencies of "städ", "bröd" and "kaffe"
        List<OfferingResponse> after = new ArrayList<>(before);
        after.set(1, offering(2, "Flyttstädning", "Flyttstädning med garanti.", "Städ & Service i Borlänge"));
        after.remove(4);
        after.add(offering(100, "Kafé och bageri", "Kaffe, bröd och bullar.", "Kaffestugan"));
        List<OfferingResponse> changed = List.of(after.get(1), after.get(after.size() - 1));

        OfferingLucene lucene = new OfferingLucene(before);
        SearchableOfferings updated = build(before, lucene)
                .with(null, null, Set.of(2L, 5L, 100L), changed, lucene.replace(List.of(2L, 5L), changed));
        SearchableOfferings fresh = build(after, new OfferingLucene(after));

        for (String q : QUERIES) {
            assertEquals(ids(fresh, q), ids(updated, q), q);
            assertEquals(scores(fresh, q), scores(updated, q), q);
        }
        assertEquals(fresh.titles().offerings(), updated.titles().offerings());
        assertEquals(fresh.byId(), updated.byId());
    }

    @Test
    void theRowVersionsNameTheOfferingsToReadAgain() {
        // offerings 1, 2 of company 10; 3 of company 20; 4 of company 30
        DirectoryRows before = new DirectoryRows(
                Map.of(1L, new OfferingRow(0, 10), 2L, new OfferingRow(3, 10), 3L, new OfferingRow(0, 20),
                        4L, new OfferingRow(1, 30)),
                Map.of(10L, 0L, 20L, 5L, 30L, 2L));
        assertEquals(Set.of(), before.changedSince(before));

        // 3 changed, 4 moved to company 40 (new), 5 is new, 1 and 2 stay: their company did not change
        DirectoryRows after = new DirectoryRows(
                Map.of(1L, new OfferingRow(0, 10), 2L, new OfferingRow(3, 10), 3L, new OfferingRow(1, 20),
                        4L, new OfferingRow(2, 40), 5L, new OfferingRow(0, 20)),
                Map.of(10L, 0L, 20L, 5L, 30L, 2L, 40L, 0L));
        assertEquals(Set.of(3L, 4L, 5L), after.changedSince(before));

        // company 10 renamed (version 1): both its offerings; offering 3 deleted; company 30 deleted
        DirectoryRows renamed = new DirectoryRows(
                Map.of(1L, new OfferingRow(0, 10), 2L, new OfferingRow(3, 10), 4L, new OfferingRow(2, 40),
                        5L, new OfferingRow(0, 20)),
                Map.of(10L, 1L, 20L, 5L, 40L, 0L));
        assertEquals(Set.of(1L, 2L, 3L), renamed.changedSince(after));
    }

    private static SearchableOfferings build(List<OfferingResponse> offerings, OfferingLucene lucene) {
        return SearchableOfferings.of(null, null, offerings, TitleOrder.of(offerings), Map.of(), lucene.reader());
    }

    private static List<Long> ids(SearchableOfferings s, String q) {
        return s.matching(TextQuery.of(q), TypoQuery.of(q)).stream().map(OfferingResponse::id).toList();
    }

    /** Offering id → score, for the words and for the typos. */
    private static List<Map<Long, Float>> scores(SearchableOfferings s, String q) throws IOException {
        List<Map<Long, Float>> out = new ArrayList<>();
        for (Query query : List.of(TextQuery.of(q), TypoQuery.of(q)).stream().flatMap(o -> o.stream()).toList()) {
            Map<Long, Float> byId = new HashMap<>();
            for (ScoreDoc d : s.searcher().search(query, 1000).scoreDocs) {
                byId.put(s.docIds()[d.doc], d.score);
            }
            out.add(byId);
        }
        return out;
    }

    private static List<OfferingResponse> corpus() {
        List<OfferingResponse> out = new ArrayList<>();
        for (SearchCorpus.Item i : SearchCorpus.ITEMS) {
            out.add(offering(out.size() + 1, i.title(), i.description(), i.company()));
        }
        return out;
    }

    private static OfferingResponse offering(long id, String title, String description, String company) {
        return new OfferingResponse(id, id * 10, company, title, null, description, null, "90910000-9", "90", null,
                List.of("2080"), null, "order@example.se", null, null, 0, T, T, T, "admin", false, T);
    }
}
