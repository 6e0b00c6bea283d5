package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgressReport", description = "A progress report made at a meeting, with the milestone updates it applied")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressReportDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID roadmapId,
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID meetingId,
        @Schema(required = true, example = "2017-10-18") LocalDate reportedOn,
        @Schema(example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID reportedByMemberId,
        @Schema(required = true) LanguageMap summary,
        @Schema(required = true, maxItems = MilestoneInput.MAX_MILESTONES) List<MilestoneUpdate> milestoneUpdates,
        @Schema(required = true, description = "The account that recorded it", example = "editor", maxLength = 200)
        String recordedBy,
        @Schema(required = true, description = "Reports are not changed once made", example = "0", minimum = "0",
                maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt) implements Versioned {

    @Override
    public Object key() {
        return id;
    }
}
