package eu.euromedjustice.fiche;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FicheDraft", description = "The working draft of a fiche: what the next revision will say once published")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FicheDraftDto(
        @Schema(required = true, example = "MA", maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode,
        @Schema(required = true, example = "A.11", maxLength = 16) String measureCode,
        @Schema(required = true, description = "DRAFT or IN_REVIEW", enumeration = {"DRAFT", "IN_REVIEW"}, example = "DRAFT")
        FicheStatus status,
        @Schema(description = "The revision the draft was started from; absent for a first draft", example = "1",
                minimum = "1", maximum = "2147483647") Integer basedOnRevision,
        @Schema(required = true) FicheContent content,
        @Schema(example = "{\"en\": \"New deadline after the 2018 reform.\"}") LanguageMap changeSummary,
        @Schema(required = true, example = "member", maxLength = 200) String createdBy,
        @Schema(required = true, example = "member", maxLength = 200) String updatedBy,
        @Schema(example = "member", maxLength = 200) String submittedBy,
        @Schema(example = "2026-11-27T10:15:30Z") Instant submittedAt,
        @Schema(required = true, description = "Changes with every update; the ETag carries it too", example = "0",
                minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt,
        @Schema(required = true, example = FicheDisclaimer.EXAMPLE) LanguageMap disclaimer) implements Versioned {

    @Override
    public Object key() {
        return countryCode + "/" + measureCode;
    }
}
