package se.asfregister.offering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import se.asfregister.offering.OfferingRecords.OfferingResponse;

/**
 * The Lucene index of the directory, kept open between searches so that a write re-indexes only
 * the offerings it changed. Each document carries its offering's id ({@link #ID}, as a term to
 * delete it by and as a doc value to read it from a hit). Not thread-safe: {@link OfferingIndex}
 * calls it under its lock; the readers it returns are immutable and may be searched by any thread.
 */
final class OfferingLucene {

    static final String ID = "id";

    private final IndexWriter writer;
    private DirectoryReader reader;

    OfferingLucene(Collection<OfferingResponse> offerings) {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            // merges run in the thread that asks for them, under the index's lock: no threads of Lucene's own
            writer = new IndexWriter(dir, new IndexWriterConfig(TextQuery.analyzer())
                    .setMergeScheduler(new SerialMergeScheduler()));
            for (OfferingResponse o : offerings) {
                writer.addDocument(document(o));
            }
            writer.forceMerge(1);
            writer.commit();
            reader = DirectoryReader.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes out the documents of {@code removed} (offerings changed or gone), adds {@code added}
     * (their new state) and returns a reader of the result; earlier readers stay as they were.
     * After a removal the index is merged into one segment again: until then Lucene counts the
     * removed documents in the statistics that rank hits (document frequency, mean length), and
     * the hits would rank otherwise than in an index built afresh from the same rows.
     */
    DirectoryReader replace(Collection<Long> removed, Collection<OfferingResponse> added) {
        try {
            writer.deleteDocuments(removed.stream().map(id -> new Term(ID, Long.toString(id))).toArray(Term[]::new));
            for (OfferingResponse o : added) {
                writer.addDocument(document(o));
            }
            if (!removed.isEmpty()) {
                writer.forceMerge(1);
            }
            writer.commit();
            DirectoryReader newer = DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader = newer;
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DirectoryReader reader() {
        return reader;
    }

    /** Lets go of the writer when the index is built afresh; readers already handed out stay usable. */
    void close() {
        try {
            writer.rollback();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(OfferingResponse o) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(o.id()), Field.Store.NO));
        d.add(new NumericDocValuesField(ID, o.id()));
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
