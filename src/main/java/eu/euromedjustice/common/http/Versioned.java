package eu.euromedjustice.common.http;

/**
 * A representation that carries the version of what it shows: its ETag on its own, and its part
 * in the ETag of a list page. Implemented by the DTO records, whose {@code version} component
 * provides {@link #version()}.
 */
public interface Versioned {

    /** What tells it from the others of its kind: the key in its path (an id, a code, a member id). */
    Object key();

    /** Moves on with every change of what the representation shows. */
    long version();
}
