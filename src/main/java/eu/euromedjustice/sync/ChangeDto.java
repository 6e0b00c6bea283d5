package eu.euromedjustice.sync;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One creation, update or deletion of a record, in the feed's order")
public record ChangeDto(
        @Schema(required = true, description = "Position in the feed: strictly increasing, without gaps among the entries "
                + "every caller could see", example = "1042", minimum = "1", maximum = "9223372036854775807") long seq,
        @Schema(required = true) EntityType entityType,
        @Schema(required = true, description = "The record's id as the API names it: the last segment of path",
                example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd", maxLength = 200) String entityId,
        @Schema(required = true, description = "The record's API path: GET it for the new state, or drop your copy on DELETED",
                example = "/api/v1/meetings/0193f2a3-5b7c-7d8e-9f01-23456789abcd", maxLength = 400) String path,
        @Schema(required = true) ChangeAction action,
        @Schema(required = true, description = "The record's version after the change (its ETag); for DELETED, the version deleted",
                example = "3", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant occurredAt) {
}
