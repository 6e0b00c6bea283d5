package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Milestone", description = "One step of a roadmap")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MilestoneDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID roadmapId,
        @Schema(required = true, description = "1 to the number of milestones, each once", example = "1", minimum = "1",
                maximum = "200") int position,
        @Schema(required = true) LanguageMap title,
        LanguageMap description,
        @Schema(example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID responsibleOrganisationId,
        @Schema(example = "2018-06-30") LocalDate dueDate,
        @Schema(required = true) MilestoneStatus status,
        @Schema(description = "Present exactly when DONE", example = "2018-05-15") LocalDate completedOn,
        @Schema(required = true, example = "0", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return id;
    }
}
