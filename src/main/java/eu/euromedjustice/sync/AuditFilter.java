package eu.euromedjustice.sync;

import java.time.Instant;

/** The audit log's filters; absent ones are null. */
public record AuditFilter(EntityType entityType, String entityId, String actor, Instant from, Instant to) {
}
