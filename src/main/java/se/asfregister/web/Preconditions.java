package se.asfregister.web;

/** If-Match handling with strong comparison against the tags of {@link ETags}. */
public final class Preconditions {

    private Preconditions() {
    }

    /**
     * Passes when no If-Match was sent, when it is {@code *}, or when one of its tags is the
     * current tag; otherwise 412, so that a stale copy never overwrites a newer one. A weak or
     * malformed header is a 400 ({@link IfMatch}).
     */
    public static void checkIfMatch(String ifMatch, String currentTag) {
        IfMatch.parse(ifMatch).ifPresent(m -> {
            if (!m.matches(currentTag)) {
                throw failed(currentTag);
            }
        });
    }

    /** The 412 for a client whose copy is not the current one, tagged {@code currentTag}. */
    static ApiException failed(String currentTag) {
        return new ApiException(ProblemType.PRECONDITION_FAILED, "If-Match does not match the current ETag \""
                + currentTag + "\"; fetch the resource again and retry");
    }

    /**
     * For a write that would create the resource: any If-Match fails (412 with {@code detail}),
     * since there is no current representation to match (RFC 9110 13.1.1); a malformed one is a 400.
     */
    public static void checkNothingToMatch(String ifMatch, String detail) {
        if (IfMatch.parse(ifMatch).isPresent()) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, detail);
        }
    }
}
