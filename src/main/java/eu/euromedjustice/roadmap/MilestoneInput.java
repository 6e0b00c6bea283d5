package eu.euromedjustice.roadmap;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes to add a milestone (and what a merge patch is applied to). */
@Schema(name = "MilestoneInput", description = "The writable properties of a milestone")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MilestoneInput(
        @Min(1) @Max(MAX_MILESTONES)
        @Schema(description = "1 for the first. On add, default after the last; the milestones from there on move down one. "
                + "Changing it moves the milestone, the others close up", example = "1", minimum = "1", maximum = "200")
        Integer position,
        @NotNull @LanguageText(maxLength = 300)
        @Schema(required = true, example = "{\"en\": \"Designate the platform's national contact points\"}") LanguageMap title,
        @LanguageText(englishRequired = false, maxLength = 5000) LanguageMap description,
        @Schema(description = "Id of the organisation responsible", example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd")
        UUID responsibleOrganisationId,
        @Schema(example = "2018-06-30") LocalDate dueDate,
        @Schema(description = "Default PLANNED. A DONE milestone may only be reopened (IN_PROGRESS), a CANCELLED one only "
                + "reinstated (PLANNED)") MilestoneStatus status,
        @Schema(description = "Required when status is DONE, forbidden otherwise; not in the future", example = "2018-05-15")
        LocalDate completedOn) {

    /** The most milestones a roadmap has. */
    public static final int MAX_MILESTONES = 200;
}
