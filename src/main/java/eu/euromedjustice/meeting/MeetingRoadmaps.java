package eu.euromedjustice.meeting;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The roadmaps adopted at a meeting and the progress reports given at it, which a meeting's GET
 * lists. The roadmap feature answers, so that meetings need no knowledge of its tables; it also
 * moves the meeting's version on (see {@link MeetingService#touch}) whenever what this lists changes.
 */
public interface MeetingRoadmaps {

    /** Both lists in one statement. */
    Links of(UUID meetingId);

    record Links(List<AdoptedRoadmap> adopted, List<GivenReport> reports) {
    }

    @Schema(name = "MeetingAdoptedRoadmap", description = "A roadmap adopted at the meeting")
    record AdoptedRoadmap(
            @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
            @Schema(required = true) LanguageMap title) {
    }

    @Schema(name = "MeetingRoadmapReport", description = "A progress report given at the meeting, on a roadmap")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GivenReport(
            @Schema(required = true, description = "The report's id", example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
            @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID roadmapId,
            @Schema(required = true, description = "The roadmap's title") LanguageMap title,
            @Schema(example = "MA", maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode) {
    }
}
