package se.asfregister.offering;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Every document a query matches, as offering id and score, best first and by id among equal
 * scores (as an index built afresh, whose documents are in id order, would rank them). A search
 * wants all hits for its filters and facets; Lucene's top-n collector asked for all of them kept
 * a priority queue as large as the index and cost more than the matching. The score mode is the
 * one that collector asks for, so the scores are the same.
 */
final class AllHits implements CollectorManager<AllHits.Collector, List<AllHits.Hit>> {

    record Hit(long id, float score) {
    }

    private static final Comparator<Hit> RANK = Comparator.comparingDouble((Hit h) -> h.score()).reversed()
            .thenComparingLong(Hit::id);

    /** The offering id of each Lucene document, by document number. */
    private final long[] docIds;

    AllHits(long[] docIds) {
        this.docIds = docIds;
    }

    @Override
    public Collector newCollector() {
        return new Collector();
    }

    @Override
    public List<Hit> reduce(Collection<Collector> collectors) {
        List<Hit> all = new ArrayList<>();
        collectors.forEach(c -> all.addAll(c.hits));
        all.sort(RANK);
        return all;
    }

    final class Collector extends SimpleCollector {

        private final List<Hit> hits = new ArrayList<>();
        private Scorable scorer;
        private int docBase;

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            hits.add(new Hit(docIds[docBase + doc], scorer.score()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }
    }
}
