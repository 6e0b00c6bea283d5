package eu.euromedjustice.meeting;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageTag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingDocument", description = "A document of a meeting; non-public ones are shown to MEMBER and above only")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingDocumentDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID meetingId,
        @Schema(required = true) DocumentType type,
        @Schema(required = true) LanguageMap title,
        @Schema(required = true, example = "en", implementation = LanguageTag.class) String language,
        @Schema(required = true, format = "uri", maxLength = 2000,
                example = "https://www.euromed-justice.eu/documents/crimex-2-conclusions.pdf") String url,
        @Schema(required = true, description = "Whether anyone may see it") @JsonProperty("public") boolean isPublic,
        @Schema(required = true, example = "0", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return id;
    }
}
