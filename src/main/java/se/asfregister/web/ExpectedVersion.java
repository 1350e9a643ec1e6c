package se.asfregister.web;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a write expects the current version of a row to be, read from {@code If-Match} by the
 * resource so that services compare numbers: {@link #ANY} when no precondition was sent or
 * it was {@code *}, otherwise the versions the client holds. A tag that is not a version as
 * {@link ETags#ofVersion} writes it (leading zeros, a row tag) can never match.
 */
public record ExpectedVersion(boolean any, Set<Long> versions) {

    public static final ExpectedVersion ANY = new ExpectedVersion(true, Set.of());

    /** What an {@code If-Match} header expects; a 400 problem when it is malformed or weak ({@link IfMatch}). */
    public static ExpectedVersion ofIfMatch(String header) {
        return IfMatch.parse(header).map(m -> m.any() ? ANY : new ExpectedVersion(false, m.tags().stream()
                .filter(ExpectedVersion::isVersion).map(Long::valueOf).collect(Collectors.toUnmodifiableSet())))
                .orElse(ANY);
    }

    /** 412 unless {@code current} is what the client expects, so a stale copy never overwrites a newer one. */
    public void check(long current) {
        if (!any && !versions.contains(current)) {
            throw Preconditions.failed(ETags.ofVersion(current));
        }
    }

    private static boolean isVersion(String tag) {
        return tag.matches("0|[1-9]\\d{0,17}");
    }
}
