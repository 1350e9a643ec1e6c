package se.asfregister.web;

/** If-Match handling: the ETag of a resource is its quoted {@code version}. */
public final class Preconditions {

    private Preconditions() {
    }

    /**
     * Passes when no If-Match was sent, when it is {@code *}, or when one of its tags names the
     * current version; otherwise 412, so that a stale copy never overwrites a newer one.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String raw : ifMatch.split(",")) {
            String tag = raw.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new ApiException(ProblemType.PRECONDITION_FAILED,
                "If-Match does not match the current version \"" + current + "\"; fetch the resource again and retry");
    }
}
