package eu.euromedjustice.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageTag;
import eu.euromedjustice.common.i18n.LanguageText;
import eu.euromedjustice.reference.OrganisationInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes to add a document (and what a merge patch is applied to). */
@Schema(name = "MeetingDocumentInput", description = "A document of a meeting, linked by its URL")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingDocumentInput(
        @NotNull @Schema(required = true) DocumentType type,
        @NotNull @LanguageText(maxLength = 300)
        @Schema(required = true, example = "{\"en\": \"Conclusions of the 2nd CrimEx meeting\"}") LanguageMap title,
        @NotNull @Pattern(regexp = LanguageTag.PATTERN, message = LanguageTag.MESSAGE)
        @Schema(required = true, description = "BCP 47 tag of the document's language", example = "en",
                implementation = LanguageTag.class) String language,
        @NotNull @Size(max = 2000) @Pattern(regexp = OrganisationInput.WEB_ADDRESS, message = OrganisationInput.WEB_ADDRESS_MESSAGE)
        @Schema(required = true, format = "uri", example = "https://www.euromed-justice.eu/documents/crimex-2-conclusions.pdf",
                maxLength = 2000, pattern = "^" + OrganisationInput.WEB_ADDRESS + "$") String url,
        @Schema(description = "Whether anyone may see it; otherwise MEMBER and above only. Default false",
                example = "true") @JsonProperty("public") Boolean isPublic) {
}
