package eu.euromedjustice.meeting;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.member.PersonSummaryDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Participant", description = "A member taking part in a meeting, keyed by the member's id")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID memberId,
        @Schema(required = true, description = "The member as the caller may see it") PersonSummaryDto member,
        @Schema(required = true) ParticipantRole role,
        @Schema(required = true) Attendance attendance,
        @Schema(required = true, example = "0", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return memberId; // participants are keyed by member
    }
}
