package eu.euromedjustice.sync;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "Who changed what, when: one write of one record. Entries never change.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEventDto(
        @Schema(required = true, description = "Increases in the order the writes committed", example = "981",
                minimum = "1", maximum = "9223372036854775807") long id,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant occurredAt,
        @Schema(required = true, description = "The username, apikey:<prefix> for an API key, or 'system' for the service itself",
                example = "editor", maxLength = 200) String actor,
        @Schema(required = true) ActorType actorType,
        @Schema(required = true, description = "The actor's roles at the time", maxItems = 4) List<Role> roles,
        @Schema(required = true) EntityType entityType,
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd", maxLength = 200) String entityId,
        @Schema(required = true) ChangeAction action,
        @Schema(description = "The version before the write; absent for CREATED", example = "2", minimum = "0",
                maximum = "9223372036854775807") Long versionBefore,
        @Schema(description = "The version after the write; absent for DELETED", example = "3", minimum = "0",
                maximum = "9223372036854775807") Long versionAfter,
        @Schema(description = "The X-Request-Id of the request that made the change; absent for the service's own writes",
                example = "3f1c2a4e-7d5b-4c1e-9a8f-0b6d2e4c8a10", maxLength = 100) String requestId) implements Versioned {

    @Override
    public Object key() {
        return id;
    }

    /** Entries never change. */
    @Override
    public long version() {
        return 0;
    }
}
