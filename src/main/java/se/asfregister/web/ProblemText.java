package se.asfregister.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Swedish wording of problem titles, details and field messages. Code keeps writing its
 * messages in English (one readable string at the throw site); {@link ProblemMappers}
 * translates the finished problem when the request asked for Swedish. The catalog
 * ({@code i18n/problems_sv.txt}) maps English templates with {@code {0}}-style holes to
 * Swedish ones; an English text without an entry stays English.
 */
public final class ProblemText {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private record Entry(Pattern english, String swedish) {
    }

    private static final List<Entry> SV = load("/i18n/problems_sv.txt");

    private ProblemText() {
    }

    /** {@code text} in the language of {@code locale}: Swedish when the catalog has it, English otherwise. */
    public static String localize(String text, Locale locale) {
        if (text == null || locale == null || !SWEDISH.getLanguage().equals(locale.getLanguage())) {
            return text;
        }
        for (Entry e : SV) {
            Matcher m = e.english().matcher(text);
            if (m.matches()) {
                String out = e.swedish();
                for (int i = 1; i <= m.groupCount(); i++) {
                    out = out.replace("{" + (i - 1) + "}", m.group(i));
                }
                return out;
            }
        }
        return text;
    }

    /** True when the catalog has a Swedish wording for {@code english}: lets tests keep the catalog complete. */
    static boolean hasSwedish(String english) {
        return SV.stream().anyMatch(e -> e.english().matcher(english).matches());
    }

    private static List<Entry> load(String resource) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = ProblemText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int arrow = line.indexOf(" => ");
                if (line.isBlank() || line.startsWith("#") || arrow < 0) {
                    continue;
                }
                entries.add(new Entry(template(line.substring(0, arrow).trim()), line.substring(arrow + 4).trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(entries);
    }

    /** "must be between {0} and {1}" → ^\Qmust be between \E(.+?)\Q and \E(.+?)$ */
    private static Pattern template(String english) {
        StringBuilder regex = new StringBuilder();
        Matcher hole = Pattern.compile("\\{\\d+}").matcher(english);
        int last = 0;
        while (hole.find()) {
            regex.append(Pattern.quote(english.substring(last, hole.start()))).append("(.+?)");
            last = hole.end();
        }
        regex.append(Pattern.quote(english.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
