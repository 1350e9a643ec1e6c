package se.asfregister.web;

/** What a PUT to a known URL stored: the representation, its strong ETag, and whether this call created it. */
public record Upserted<R>(R body, String etag, boolean created) {
}
