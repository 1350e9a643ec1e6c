package se.asfregister.esf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The code list of the ESF+ common indicators, read once from {@code esf/common-indicators.csv}:
 * the one place where an indicator's code, names and legal source are written. It must name
 * every {@link Indicator} exactly once, so a figure can never be published without its source.
 */
public final class CodeList {

    static final String RESOURCE = "esf/common-indicators.csv";

    /** One indicator's line; {@code code} and {@code codeSource} are null where no code was verified. */
    public record Entry(Indicator.Kind kind, String source, String code, String codeSource, String nameEn,
            String nameSv) {
    }

    private static final Map<Indicator, Entry> ENTRIES = load();

    private CodeList() {
    }

    public static Entry entry(Indicator indicator) {
        return ENTRIES.get(indicator);
    }

    private static Map<Indicator, Entry> load() {
        InputStream in = CodeList.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing");
        }
        Map<Indicator, Entry> entries = new EnumMap<>(Indicator.class);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("key;")).forEach(line -> {
                String[] v = line.split(";", -1);
                if (v.length != 7) {
                    throw new IllegalStateException(RESOURCE + ": a line needs 7 values: " + line);
                }
                Indicator i = Indicator.byKey(v[0])
                        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": unknown key " + v[0]));
                Entry e = new Entry(Indicator.Kind.valueOf(v[1]), v[2], blankToNull(v[3]), blankToNull(v[4]), v[5], v[6]);
                if (entries.put(i, e) != null) {
                    throw new IllegalStateException(RESOURCE + ": " + v[0] + " appears twice");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries.size() != Indicator.ALL.size()) {
            throw new IllegalStateException(RESOURCE + " must name every indicator; it names " + entries.keySet());
        }
        return entries;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
