package eu.euromedjustice.sync;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One entry of the audit log, as {@link ChangeWriter} wrote it; nothing changes or deletes it. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    Long id;

    @Column(name = "occurred_at")
    Instant occurredAt;

    String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type")
    ActorType actorType;

    String roles;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type")
    EntityType entityType;

    @Column(name = "entity_id")
    String entityId;

    @Enumerated(EnumType.STRING)
    ChangeAction action;

    @Column(name = "version_before")
    Long versionBefore;

    @Column(name = "version_after")
    Long versionAfter;

    @Column(name = "request_id")
    String requestId;

    @Column(name = "person_id")
    UUID personId;
}
