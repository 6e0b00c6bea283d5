package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapEvent", description = "One status change on a roadmap's timeline: of the roadmap itself, or of one "
        + "of its milestones (milestoneId). from and to are statuses of the one or the other; from is absent at creation. "
        + "A progress report that leaves a milestone's status as it was is an entry too, with from equal to to and its note")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoadmapEventDto(
        @Schema(required = true, description = "Rises with every entry; the timeline's order", example = "42", minimum = "1",
                maximum = "9223372036854775807") long id,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant at,
        @Schema(required = true, description = "The account that made the change", example = "editor", maxLength = 200) String by,
        @Schema(required = true) Subject subject,
        @Schema(example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID milestoneId,
        @Schema(description = "The milestone's title when it changed") LanguageMap milestoneTitle,
        @Schema(example = "IN_PROGRESS", maxLength = 16, enumeration = {"DRAFT", "ADOPTED", "IN_PROGRESS", "COMPLETED", "SUPERSEDED",
                "PLANNED", "DONE", "BLOCKED", "CANCELLED"}, type = SchemaType.STRING) String from,
        @Schema(required = true, example = "DONE", maxLength = 16, enumeration = {"DRAFT", "ADOPTED", "IN_PROGRESS", "COMPLETED",
                "SUPERSEDED", "PLANNED", "DONE", "BLOCKED", "CANCELLED"}, type = SchemaType.STRING) String to,
        @Schema(description = "The progress report that made the change", example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd")
        UUID reportId,
        @Schema(description = "The meeting of that report", example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID meetingId,
        @Schema(description = "The day of that report", example = "2017-10-18") LocalDate reportedOn,
        @Schema(description = "The report's note on the milestone") LanguageMap note) implements Versioned {

    /** What changed status. */
    @Schema(name = "RoadmapEventSubject")
    public enum Subject {
        ROADMAP,
        MILESTONE
    }

    @Override
    public Object key() {
        return id;
    }

    @Override
    public long version() {
        return 0; // an entry never changes
    }
}
