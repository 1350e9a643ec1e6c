package se.asfregister.offering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/**
 * A buyer's words with one letter wrong: each word of at least {@link #MIN_LENGTH} letters
 * matches indexed words within one edit (a letter added, dropped, changed, or two swapped:
 * "catring" finds "catering", "fönstreputs" finds "fönsterputs"), compared as written, folded
 * but not stemmed. Shorter words are left alone: one edit turns "städ" into "stad". The search
 * ranks these hits after every hit of the {@link TextQuery}.
 */
final class TypoQuery {

    static final int MIN_LENGTH = 5;
    static final int MAX_EDITS = 1;

    /** The indexed fields (title, body) with {@link SwedishText#words()} and their weight. */
    enum Fields {
        TITLE_WORDS("title_words", true, 2f),
        BODY_WORDS("body_words", false, 1f);

        final String field;
        final boolean onTitle;
        final float boost;

        Fields(String field, boolean onTitle, float boost) {
            this.field = field;
            this.onTitle = onTitle;
            this.boost = boost;
        }
    }

    static final Analyzer WORDS = SwedishText.words();

    private TypoQuery() {
    }

    /** The query, or empty when no word is long enough. */
    static Optional<Query> of(String text) {
        List<String> words = words(text).stream().filter(w -> w.length() >= MIN_LENGTH).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Fields f : Fields.values()) {
            for (String w : words) {
                b.add(new BoostQuery(new FuzzyQuery(new Term(f.field, w), MAX_EDITS), f.boost), BooleanClause.Occur.SHOULD);
            }
        }
        return Optional.of(b.build());
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = WORDS.tokenStream(Fields.BODY_WORDS.field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
