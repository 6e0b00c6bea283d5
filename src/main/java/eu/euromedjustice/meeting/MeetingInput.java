package eu.euromedjustice.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageText;
import eu.euromedjustice.member.MemberInput;
import eu.euromedjustice.reference.ExpertGroupInput;
import eu.euromedjustice.reference.Topic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

/** What a client writes to create or replace a meeting (and what a merge patch is applied to). */
@Schema(name = "MeetingInput", description = "The writable properties of a meeting; its agenda, participants and "
        + "documents are written under their own paths")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingInput(
        @NotNull @Pattern(regexp = ExpertGroupInput.CODE_PATTERN, message = ExpertGroupInput.CODE_MESSAGE)
        @Schema(required = true, description = "Code of the expert group that meets", example = "CRIMEX", maxLength = 32)
        String expertGroup,
        @Min(1) @Max(999)
        @Schema(description = "Number of the session in the group's series; unique within the group", example = "2",
                minimum = "1", maximum = "999") Integer sessionNumber,
        @NotNull @LanguageText(maxLength = 300)
        @Schema(required = true, example = "{\"en\": \"2nd CrimEx meeting\", \"fr\": \"2e réunion CrimEx\"}") LanguageMap title,
        @LanguageText(englishRequired = false, maxLength = 5000) LanguageMap summary,
        @NotNull @Schema(required = true, example = "2017-05-08") LocalDate startDate,
        @NotNull @Schema(required = true, description = "Not before startDate", example = "2017-05-11") LocalDate endDate,
        @NotNull @Size(min = 1, max = 64)
        @Schema(required = true, description = "IANA time zone of the venue, in which agenda times are meant",
                example = "Europe/Brussels", maxLength = 64) String timeZone,
        @Size(min = 1, max = 200) @Pattern(regexp = MemberInput.TRIMMED, message = MemberInput.TRIMMED_MESSAGE)
        @Schema(example = "Hotel Excelsior", maxLength = 200) String venue,
        @Size(min = 1, max = 100) @Pattern(regexp = MemberInput.TRIMMED, message = MemberInput.TRIMMED_MESSAGE)
        @Schema(example = "Brussels", maxLength = 100) String city,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as BE")
        @Schema(description = "ISO 3166-1 alpha-2 code of the venue's country", example = "BE", maxLength = 2) String countryCode,
        @Schema(description = "Id of the organisation hosting the meeting", example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd")
        UUID hostOrganisationId,
        @NotNull @Schema(required = true) MeetingFormat format,
        @Schema(description = "Default PLANNED. HELD only once the end date has come in the meeting's time zone")
        MeetingStatus status,
        @Size(max = 12) @UniqueElements
        @Schema(description = "Topics, each at most once, from the vocabulary of member expertise; default none",
                example = "[\"TERRORISM\", \"MUTUAL_LEGAL_ASSISTANCE\"]", maxItems = 12, uniqueItems = true)
        List<@NotNull Topic> topics,
        @LanguageText(englishRequired = false) LanguageMap outcomes) {
}
