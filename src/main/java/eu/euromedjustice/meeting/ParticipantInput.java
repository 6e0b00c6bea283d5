package eu.euromedjustice.meeting;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes to add a participant (and what a merge patch is applied to). */
@Schema(name = "ParticipantInput", description = "A member taking part in a meeting")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipantInput(
        @NotNull @Schema(required = true, description = "Id of the member; cannot change once added",
                example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID memberId,
        @NotNull @Schema(required = true) ParticipantRole role,
        @Schema(description = "Default INVITED") Attendance attendance) {
}
