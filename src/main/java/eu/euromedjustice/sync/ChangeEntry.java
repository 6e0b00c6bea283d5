package eu.euromedjustice.sync;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One entry of the change feed, as {@link ChangeWriter} wrote it; read-only here. */
@Entity
@Immutable
@Table(name = "change_entry")
public class ChangeEntry {

    @Id
    long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type")
    EntityType entityType;

    @Column(name = "entity_id")
    String entityId;

    String path;

    @Enumerated(EnumType.STRING)
    ChangeAction action;

    long version;

    @Enumerated(EnumType.STRING)
    Audience audience;

    @Column(name = "occurred_at")
    Instant occurredAt;
}
