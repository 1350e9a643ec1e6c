package se.asfregister.web;

/**
 * The strong entity tags this service sends in {@code ETag} and compares with {@code If-Match}
 * (the opaque part, without quotes). A tag is never reused for a different representation of
 * the same URL.
 */
public final class ETags {

    private ETags() {
    }

    /**
     * A resource whose URL names its row ({@code …/{id}}): the row's version, {@code 3}. Ids
     * come from sequences and are never handed out again, so a URL never names another row.
     */
    public static String ofVersion(long version) {
        return Long.toString(version);
    }

    /**
     * A resource addressed by a natural key (a company's report for a period), which a delete
     * and a create bring back at the same URL as a new row: the row id and its version,
     * {@code 1234.3}. The new row's tag differs from every tag of the old one.
     */
    public static String ofRow(long rowId, long version) {
        return rowId + "." + version;
    }
}
