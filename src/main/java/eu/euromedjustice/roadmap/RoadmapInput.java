package eu.euromedjustice.roadmap;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageText;
import eu.euromedjustice.reference.ExpertGroupInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes to create or replace a roadmap (and what a merge patch is applied to). */
@Schema(name = "RoadmapInput", description = "The writable properties of a roadmap; its milestones and reports are "
        + "written under their own paths")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoadmapInput(
        @NotNull @Pattern(regexp = ExpertGroupInput.CODE_PATTERN, message = ExpertGroupInput.CODE_MESSAGE)
        @Schema(required = true, description = "Code of the expert group whose roadmap it is", example = "CRIMEX", maxLength = 32)
        String expertGroup,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as MA")
        @Schema(description = "ISO 3166-1 alpha-2 code of the country; absent for a regional roadmap", example = "MA",
                maxLength = 2) String countryCode,
        @NotNull @Schema(required = true) RoadmapTopic topic,
        @NotNull @LanguageText(maxLength = 300)
        @Schema(required = true, example = "{\"en\": \"Roadmap towards a national coordination platform\"}") LanguageMap title,
        @LanguageText(englishRequired = false, maxLength = 5000)
        @Schema(example = "{\"en\": \"A multi-agency platform that coordinates the fight against cross-border crime.\"}")
        LanguageMap objective,
        @Size(max = MAX_PRINCIPLES)
        @Schema(description = "Guiding principles, in order; default none", maxItems = MAX_PRINCIPLES)
        List<@NotNull @LanguageText(maxLength = 2000) LanguageMap> principles,
        @Schema(description = "A new roadmap is DRAFT (the default) or ADOPTED; on replace, absent keeps the status. Changes "
                + "follow DRAFT -> ADOPTED -> IN_PROGRESS -> COMPLETED, with SUPERSEDED from ADOPTED on; see the operations "
                + "for the rules")
        RoadmapStatus status,
        @Schema(description = "The meeting that adopted it; only once ADOPTED or later (absent when adopted in writing)",
                example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID adoptedAtMeetingId,
        @Schema(description = "The regional roadmap this country's roadmap derives from", example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd")
        UUID parentRoadmapId) {

    public static final int MAX_PRINCIPLES = 30;
}
