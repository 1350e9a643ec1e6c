package se.asfregister.web;

import java.util.Optional;

/**
 * What a write expects the current version of a row to be, from {@code If-Match}, handed by the
 * resource to the service so that services compare numbers. The header is read when the service
 * compares, after it has found the row: as RFC 9110 (13.2.1) orders it, a request for a row that
 * does not exist is a 404 whatever its preconditions, and a malformed or weak header (a 400 from
 * {@link IfMatch}) is reported only for a row that does. A tag that is not a version as
 * {@link ETags#ofVersion} writes it (leading zeros, a row tag) can never match.
 */
public record ExpectedVersion(String header) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    public static ExpectedVersion ofIfMatch(String header) {
        return new ExpectedVersion(header);
    }

    /** 412 unless {@code current} is what the client expects, so a stale copy never overwrites a newer one. */
    public void check(long current) {
        Optional<IfMatch> sent = IfMatch.parse(header);
        if (sent.isPresent() && !sent.get().any() && !sent.get().tags().contains(ETags.ofVersion(current))) {
            throw Preconditions.failed(ETags.ofVersion(current));
        }
    }

    /** For a write that creates the row: any If-Match, even {@code *}, expects one that is not there (412). */
    public void checkNothingToMatch(String detail) {
        Preconditions.checkNothingToMatch(header, detail);
    }
}
