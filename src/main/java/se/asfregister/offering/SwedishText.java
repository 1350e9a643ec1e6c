package se.asfregister.offering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * How offering text is cut into search terms, the same for what is indexed and what is asked:
 * Lucene's standard tokenizer, lower case, Swedish stop words, decompounding against the word
 * parts in {@code offering/compound-parts.txt} ("kontorsstädning" also yields "kontor" and
 * "städ", "städning" yields "städ"), for the {@link #folded} analyser only folding of diacritics,
 * and the Snowball Swedish stemmer. Decompounding runs before folding so that "städ" is not
 * found inside "stad"; folding runs before stemming so that "Café" and "cafe" stem alike.
 */
public final class SwedishText {

    private static final String PARTS = "/offering/compound-parts.txt";
    static final CharArraySet COMPOUND_PARTS = loadParts();

    private SwedishText() {
    }

    /** Swedish analysis that keeps å, ä, ö and é: the field that ranks exact Swedish spelling first. */
    public static Analyzer exact() {
        return analyzer(false);
    }

    /** The same analysis with diacritics folded to ASCII. */
    public static Analyzer folded() {
        return analyzer(true);
    }

    /**
     * The words as written, lower case and folded, neither split nor stemmed: what a misspelt
     * word is compared with ({@link TypoQuery}), since a stemmer cuts a misspelling differently
     * ("städnig" stems to "stadn", "städning" to "stadning").
     */
    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream t = new StopFilter(new LowerCaseFilter(source), SwedishAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(t));
            }
        };
    }

    private static Analyzer analyzer(boolean fold) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream t = new LowerCaseFilter(source);
                t = new StopFilter(t, SwedishAnalyzer.getDefaultStopSet());
                t = new DictionaryCompoundWordTokenFilter(t, COMPOUND_PARTS, 5, 3, 15, false);
                if (fold) {
                    t = new ASCIIFoldingFilter(t);
                }
                t = new SnowballFilter(t, new SwedishStemmer());
                return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(t));
            }
        };
    }

    private static CharArraySet loadParts() {
        try (InputStream in = SwedishText.class.getResourceAsStream(PARTS)) {
            if (in == null) {
                throw new IllegalStateException(PARTS + " is missing from the build");
            }
            List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return CharArraySet.unmodifiableSet(new CharArraySet(words, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
