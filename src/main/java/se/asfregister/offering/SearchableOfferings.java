package se.asfregister.offering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import se.asfregister.area.Municipality;
import se.asfregister.offering.OfferingRecords.OfferingResponse;

/**
 * One immutable build of the directory: the offerings in id order, their Lucene index (the
 * Lucene document number is the position in {@link #offerings}), and the municipalities for
 * county filters and facet names.
 */
public record SearchableOfferings(OfferingGeneration marker, List<OfferingResponse> offerings,
        Map<String, Municipality> municipalities, IndexSearcher searcher) {

    static SearchableOfferings build(OfferingGeneration marker, List<OfferingResponse> offerings,
            Map<String, Municipality> municipalities) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        // LogDocMergePolicy merges only neighbouring segments, so after forceMerge(1) the
        // document numbers are the order of addition
        IndexWriterConfig config = new IndexWriterConfig(analyzer()).setMergePolicy(new LogDocMergePolicy());
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (OfferingResponse o : offerings) {
                w.addDocument(document(o));
            }
            w.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new SearchableOfferings(marker, offerings, municipalities,
                    new IndexSearcher(DirectoryReader.open(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Positions of the offerings that match the words, best first, then those that match only
     * with a typo corrected, best first: a corrected word never outranks one spelt right.
     */
    List<Integer> matching(Optional<Query> words, Optional<Query> typos) {
        List<Integer> hits = new ArrayList<>(words.map(this::matching).orElse(List.of()));
        Set<Integer> seen = new HashSet<>(hits);
        typos.map(this::matching).orElse(List.of()).stream().filter(seen::add).forEach(hits::add);
        return hits;
    }

    /** Positions of the offerings that match, best first; equal scores keep id order. */
    List<Integer> matching(Query query) {
        try {
            int n = Math.max(1, offerings.size());
            List<Integer> hits = new ArrayList<>();
            for (ScoreDoc d : searcher.search(query, n).scoreDocs) {
                hits.add(d.doc);
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String countyOf(String municipality) {
        Municipality m = municipalities.get(municipality);
        return m == null ? null : m.countyCode;
    }

    String municipalityName(String code) {
        Municipality m = municipalities.get(code);
        return m == null ? null : m.name;
    }

    private static Document document(OfferingResponse o) {
        Document d = new Document();
        String title = join(o.titleSv(), o.titleEn());
        String body = join(o.descriptionSv(), o.descriptionEn(), o.companyName(), o.cpvDivisionName());
        for (TextQuery.Fields f : TextQuery.Fields.values()) {
            d.add(new TextField(f.field, f.onTitle ? title : body, Field.Store.NO));
        }
        for (TypoQuery.Fields f : TypoQuery.Fields.values()) {
            d.add(new TextField(f.field, f.onTitle ? title : body, Field.Store.NO));
        }
        return d;
    }

    private static PerFieldAnalyzerWrapper analyzer() {
        return TextQuery.analyzer();
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                b.append(p).append('\n');
            }
        }
        return b.toString();
    }
}
