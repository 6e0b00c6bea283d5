package eu.euromedjustice.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A progress report as a client gives it. */
@Schema(name = "ProgressReportInput", description = "A progress report made at a meeting, with the milestone updates it "
        + "applies: all of them or, when one is refused, none")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressReportInput(
        @NotNull @Schema(required = true, description = "The meeting at which it was reported",
                example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID meetingId,
        @Schema(description = "The day it was reported: one of the meeting's days; default its first", example = "2017-10-18")
        LocalDate reportedOn,
        @Schema(description = "The member who reported; default the caller's own member. A MEMBER reports only as themselves",
                example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID reportedByMemberId,
        @NotNull @LanguageText(maxLength = 10000)
        @Schema(required = true, example = "{\"en\": \"The platform's founding decree was signed; its secretariat is staffed.\"}")
        LanguageMap summary,
        @Size(max = MilestoneInput.MAX_MILESTONES)
        @Schema(description = "New statuses of milestones of this roadmap, each milestone at most once; default none",
                maxItems = MilestoneInput.MAX_MILESTONES)
        List<@NotNull @Valid MilestoneUpdate> milestoneUpdates) {
}
