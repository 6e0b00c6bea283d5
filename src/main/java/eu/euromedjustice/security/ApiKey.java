package eu.euromedjustice.security;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

/**
 * An API key of a machine client. The secret is kept only as a bcrypt hash, which never leaves
 * this package; the prefix (the start of the secret) finds the key. A revoked key keeps its row.
 * {@code lastUsedAt} is written by a bulk update ({@link ApiKeyRepository#markUsed}), so that use
 * does not move the version.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends VersionedEntity implements Tracked {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(nullable = false)
    String name;

    @Column(nullable = false, unique = true, updatable = false)
    String prefix;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ApiKeyRole role;

    @Column(name = "expires_at")
    Instant expiresAt;

    @Column(name = "revoked_at")
    Instant revokedAt;

    @Column(name = "last_used_at", insertable = false, updatable = false)
    Instant lastUsedAt;

    /** The account that created the key. */
    @Column(name = "created_by", nullable = false, updatable = false)
    UUID createdBy;

    boolean isRevoked() {
        return revokedAt != null;
    }

    /** Usable now: neither revoked nor expired. */
    boolean isActiveAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    @Override
    public EntityType entityType() {
        return EntityType.API_KEY;
    }

    @Override
    public String entityId() {
        return id.toString();
    }

    @Override
    public String path() {
        return "/api/v1/api-keys/" + id;
    }
}
