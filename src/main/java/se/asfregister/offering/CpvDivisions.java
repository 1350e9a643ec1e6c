package se.asfregister.offering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The names of the CPV divisions, from the reference file {@code offering/cpv-divisions.csv} (its source is named there). */
public final class CpvDivisions {

    private static final String FILE = "/offering/cpv-divisions.csv";
    private static final Map<String, String> NAMES = load();

    private CpvDivisions() {
    }

    /** The English name of a two-digit division, when the reference file has it. */
    public static Optional<String> name(String division) {
        return Optional.ofNullable(NAMES.get(division));
    }

    private static Map<String, String> load() {
        try (InputStream in = CpvDivisions.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(";", 2))
                    .collect(Collectors.toUnmodifiableMap(p -> p[0].strip(), p -> p[1].strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
