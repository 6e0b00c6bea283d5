package eu.euromedjustice.sync;

import java.util.UUID;

/**
 * A stored record whose creations, updates and deletions the audit log keeps and the change feed
 * publishes. An entity joins by implementing this: every write of it through Hibernate is then
 * captured by {@link ChangeCapture} in the transaction that makes it, whatever service does it.
 * (VersionedEntity registers the listener, so nothing else is needed.)
 */
public interface Tracked {

    EntityType entityType();

    /** The id as the API names the record. */
    String entityId();

    /** The record's API path, so that a feed reader can fetch it, e.g. /api/v1/meetings/{id}. */
    String path();

    /** The record's version after the change, as its ETag shows it. */
    long version();

    /** Who may learn of its changes; ask what the record's state allows now. */
    default Audience audience() {
        return Audience.PARTNER;
    }

    /** The person the record is about, when it is about one: its audit entries join their personal-data export. */
    default UUID personId() {
        return null;
    }
}
