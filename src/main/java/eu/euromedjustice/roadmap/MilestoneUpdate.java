package eu.euromedjustice.roadmap;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One milestone's new status as a report gives it; stored with the report as it was applied. */
@Schema(name = "MilestoneUpdate", description = "A milestone's new status, given in a progress report")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MilestoneUpdate(
        @NotNull @Schema(required = true, description = "A milestone of the roadmap reported on",
                example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID milestoneId,
        @NotNull @Schema(required = true) MilestoneStatus status,
        @Schema(description = "Required when status is DONE, forbidden otherwise; not in the future", example = "2017-10-18")
        LocalDate completedOn,
        @LanguageText(englishRequired = false, maxLength = 2000)
        @Schema(example = "{\"en\": \"The decree setting up the platform was signed.\"}") LanguageMap note) {
}
