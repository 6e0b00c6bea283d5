package eu.euromedjustice.common.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import eu.euromedjustice.sync.ChangeCapture;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * What every stored resource has: the version behind its ETag (also JPA's optimistic lock) and
 * when it was created and last changed. Writes of those that are {@link eu.euromedjustice.sync.Tracked}
 * reach the audit log and the change feed through the listener.
 */
@MappedSuperclass
@EntityListeners(ChangeCapture.class)
public abstract class VersionedEntity {

    @Version
    private long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * Marks the entity changed when only something it embeds changed (a member's membership), so
     * that its version, ETag and updatedAt move on with the next flush.
     */
    public void touch() {
        updatedAt = Instant.now();
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
