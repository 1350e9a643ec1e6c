package se.asfregister.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An {@code If-Match} header read for strong comparison (RFC 9110 13.1.1): {@code *} or a list
 * of quoted entity tags. A weak tag ({@code W/"3"}) can never match strongly, and an unquoted
 * one is not an entity tag at all; both are refused with a 400 naming the header rather than
 * answered 412, so that a client with a broken precondition learns that it is broken instead
 * of fetching and retrying for ever.
 */
public record IfMatch(boolean any, List<String> tags) {

    static final String FIELD = "If-Match";
    static final String WEAK = "must hold strong entity tags: a weak tag (W/\"...\") never matches; "
            + "send the ETag exactly as it was received";
    static final String MALFORMED = "must be * or one or more quoted entity tags, e.g. \"3\", "
            + "exactly as received in ETag";

    /** The header, or empty when none (or a blank one) was sent; a 400 problem when it is malformed or weak. */
    public static Optional<IfMatch> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        if (header.strip().equals("*")) {
            return Optional.of(new IfMatch(true, List.of()));
        }
        List<String> tags = new ArrayList<>();
        int i = 0;
        while (i < header.length()) {
            char c = header.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++; // list separators and optional whitespace; empty elements are ignored (RFC 9110 5.6.1)
            } else if (header.startsWith("W/", i)) {
                throw ApiException.invalid(FIELD, WEAK);
            } else {
                i = readTag(header, i, tags);
            }
        }
        if (tags.isEmpty()) {
            throw ApiException.invalid(FIELD, MALFORMED);
        }
        return Optional.of(new IfMatch(false, List.copyOf(tags)));
    }

    /** Adds the quoted tag that starts at {@code start} to {@code tags}; the index after it. */
    private static int readTag(String header, int start, List<String> tags) {
        int end = header.charAt(start) == '"' ? header.indexOf('"', start + 1) : -1;
        if (end < 0) {
            throw ApiException.invalid(FIELD, MALFORMED);
        }
        String tag = header.substring(start + 1, end);
        if (!tag.chars().allMatch(IfMatch::isEtagChar) || !separatedAfter(header, end + 1)) {
            throw ApiException.invalid(FIELD, MALFORMED);
        }
        tags.add(tag);
        return end + 1;
    }

    /** Strong comparison: {@code *} matches any current representation, a tag only the identical one. */
    public boolean matches(String currentTag) {
        return any || tags.contains(currentTag);
    }

    /** etagc = %x21 / %x23-7E / obs-text */
    private static boolean isEtagChar(int c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
    }

    /** After a tag comes the end, or whitespace and then a comma. */
    private static boolean separatedAfter(String header, int from) {
        int i = from;
        while (i < header.length() && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
            i++;
        }
        return i == header.length() || header.charAt(i) == ',';
    }
}
