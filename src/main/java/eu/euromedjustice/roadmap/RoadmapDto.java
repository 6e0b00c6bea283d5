package eu.euromedjustice.roadmap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Roadmap", description = "A roadmap of an expert group for one country, or for the region without countryCode. "
        + "GET /api/v1/roadmaps/{id} embeds its milestones, which lists leave out.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoadmapDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
        @Schema(required = true, example = "CRIMEX", maxLength = 32) String expertGroup,
        @Schema(example = "MA", maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode,
        @Schema(required = true) RoadmapTopic topic,
        @Schema(required = true) LanguageMap title,
        LanguageMap objective,
        @Schema(required = true, maxItems = RoadmapInput.MAX_PRINCIPLES) List<LanguageMap> principles,
        @Schema(required = true) RoadmapStatus status,
        @Schema(example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID adoptedAtMeetingId,
        @Schema(example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID parentRoadmapId,
        @Schema(description = "Done milestones over those not cancelled, in percent with one decimal; absent without any",
                example = "66.7", minimum = "0", maximum = "100") BigDecimal progress,
        @Schema(description = "The milestones by position; only in the single roadmap", maxItems = MilestoneInput.MAX_MILESTONES)
        List<MilestoneDto> milestones,
        @Schema(required = true, description = "Changes with every update of the roadmap or of its milestones, and with "
                + "every report; the ETag carries it too", example = "0", minimum = "0", maximum = "9223372036854775807")
        long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return id;
    }
}
