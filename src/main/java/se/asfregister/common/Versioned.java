package se.asfregister.common;

/** A response of a versioned resource: its id (in its URL) and its version (its ETag). */
public interface Versioned {

    long id();

    long version();
}
