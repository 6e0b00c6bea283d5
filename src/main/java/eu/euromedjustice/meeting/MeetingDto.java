package eu.euromedjustice.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.reference.Topic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A meeting as one caller may see it. The single meeting embeds its agenda, participants and
 * documents; in lists they are absent.
 */
@Schema(name = "Meeting", description = "A session of an expert group. GET /api/v1/meetings/{id} embeds agendaItems, "
        + "participants, documents, roadmapsAdopted and roadmapReports, which lists leave out. Anonymous callers see the participants who chair or speak "
        + "only, and public documents only; attendanceByCountry counts everyone, without names.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
        @Schema(required = true, example = "CRIMEX", maxLength = 32) String expertGroup,
        @Schema(example = "2", minimum = "1", maximum = "999") Integer sessionNumber,
        @Schema(required = true) LanguageMap title,
        LanguageMap summary,
        @Schema(required = true, example = "2017-05-08") LocalDate startDate,
        @Schema(required = true, example = "2017-05-11") LocalDate endDate,
        @Schema(required = true, example = "Europe/Brussels", maxLength = 64) String timeZone,
        @Schema(example = "Hotel Excelsior", maxLength = 200) String venue,
        @Schema(example = "Brussels", maxLength = 100) String city,
        @Schema(example = "BE", maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode,
        @Schema(example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID hostOrganisationId,
        @Schema(required = true) MeetingFormat format,
        @Schema(required = true) MeetingStatus status,
        @Schema(required = true, maxItems = 12, uniqueItems = true) List<Topic> topics,
        LanguageMap outcomes,
        @Schema(required = true, description = "Participants per country and attendance, without names; people without a "
                + "country (such as experts of international organisations) are counted in an entry without countryCode",
                maxItems = 300) List<CountryAttendanceDto> attendanceByCountry,
        @Schema(description = "The agenda by position; only in the single meeting", maxItems = AgendaItemInput.MAX_ITEMS)
        List<AgendaItemDto> agendaItems,
        @Schema(description = "Chairs first, then speakers, organisers, participants and observers, each by name; only in "
                + "the single meeting", maxItems = ParticipantService.MAX_PARTICIPANTS) List<ParticipantDto> participants,
        @Schema(description = "The documents the caller may see, oldest first; only in the single meeting",
                maxItems = MeetingDocumentService.MAX_DOCUMENTS)
        List<MeetingDocumentDto> documents,
        @Schema(description = "Roadmaps adopted at the meeting; only in the single meeting", maxItems = 1000)
        List<MeetingRoadmaps.AdoptedRoadmap> roadmapsAdopted,
        @Schema(description = "Progress reports on roadmaps given at the meeting, by roadmap; only in the single meeting",
                maxItems = 1000) List<MeetingRoadmaps.GivenReport> roadmapReports,
        @Schema(required = true, description = "Changes with every update of the meeting or of its agenda, participants "
                + "and documents; the ETag carries it too", example = "0", minimum = "0", maximum = "9223372036854775807")
        long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return id;
    }
}
