package se.asfregister.offering;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * A buyer's words as a Lucene query. Every word may match (more matching words rank higher);
 * a match in the title counts more than one in the description, and Swedish spelling with
 * å/ä/ö counts more than the folded form, which is there so that "cafe" finds "Café".
 */
final class TextQuery {

    /** The indexed fields: title or body, exact Swedish or folded, and their weight. */
    enum Fields {
        TITLE_EXACT("title_exact", true, false, 4f),
        TITLE_FOLDED("title_folded", true, true, 2f),
        BODY_EXACT("body_exact", false, false, 2f),
        BODY_FOLDED("body_folded", false, true, 1f);

        final String field;
        final boolean onTitle;
        final boolean folded;
        final float boost;

        Fields(String field, boolean onTitle, boolean folded, float boost) {
            this.field = field;
            this.onTitle = onTitle;
            this.folded = folded;
            this.boost = boost;
        }
    }

    private static final Analyzer EXACT = SwedishText.exact();
    private static final Analyzer FOLDED = SwedishText.folded();

    private TextQuery() {
    }

    /** The analysis of every indexed field, this query's and {@link TypoQuery}'s. */
    static PerFieldAnalyzerWrapper analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (Fields f : Fields.values()) {
            perField.put(f.field, f.folded ? FOLDED : EXACT);
        }
        for (TypoQuery.Fields f : TypoQuery.Fields.values()) {
            perField.put(f.field, TypoQuery.WORDS);
        }
        return new PerFieldAnalyzerWrapper(EXACT, perField);
    }

    /** The query, or empty when the text has no searchable word (only stop words or signs). */
    static Optional<Query> of(String text) {
        Map<Fields, Query> parts = new EnumMap<>(Fields.class);
        for (Fields f : Fields.values()) {
            Query q = new PartsAdd(f.folded ? FOLDED : EXACT).createBooleanQuery(f.field, text,
                    BooleanClause.Occur.SHOULD);
            if (q != null) {
                parts.put(f, q);
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        parts.forEach((f, q) -> b.add(new BoostQuery(q, f.boost), BooleanClause.Occur.SHOULD));
        return Optional.of(b.build());
    }

    /**
     * A word and the parts of it that decompounding yields stand at one position. Lucene would
     * blend them into one synonym query, where the whole word ("kontorsstädning") weighs no
     * more than a common part ("städ"); here each adds its own score, so an offering with the
     * whole, rarer word ranks above one that only shares a part.
     */
    private static final class PartsAdd extends QueryBuilder {

        PartsAdd(Analyzer analyzer) {
            super(analyzer);
        }

        @Override
        protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (TermAndBoost t : terms) {
                b.add(new BoostQuery(new TermQuery(new Term(field, t.term)), t.boost), BooleanClause.Occur.SHOULD);
            }
            return b.build();
        }
    }
}
