package eu.euromedjustice.sync;

import java.util.Arrays;
import java.util.List;

import eu.euromedjustice.security.Role;

final class SyncMapper {

    private SyncMapper() {
    }

    static ChangeDto toDto(ChangeEntry entry) {
        return new ChangeDto(entry.seq, entry.entityType, entry.entityId, entry.path, entry.action, entry.version, entry.occurredAt);
    }

    static AuditEventDto toDto(AuditEvent event) {
        List<Role> roles = event.roles.isEmpty() ? List.of() : Arrays.stream(event.roles.split(",")).map(Role::valueOf).toList();
        return new AuditEventDto(event.id, event.occurredAt, event.actor, event.actorType, roles, event.entityType,
                event.entityId, event.action, event.versionBefore, event.versionAfter, event.requestId);
    }
}
