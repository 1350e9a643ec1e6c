package se.asfregister.web;

/** A stored representation with its strong ETag. */
public record Tagged<R>(R body, String etag) {
}
