package eu.euromedjustice.reference;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes to create or replace an organisation (and what a merge patch is applied to). */
@Schema(name = "OrganisationInput", description = "The writable properties of an organisation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationInput(
        @NotNull @LanguageText(maxLength = 300)
        @Schema(required = true, example = "{\"en\": \"Ministry of Justice of Tunisia\", \"fr\": \"Ministère de la Justice de Tunisie\", \"ar\": \"وزارة العدل التونسية\"}")
        LanguageMap name,
        @Size(min = 1, max = 32) @Pattern(regexp = "\\S(.*\\S)?", message = "must not start or end with spaces")
        @Schema(example = "MJ-TN", maxLength = 32) String acronym,
        @NotNull @Schema(required = true, example = "NATIONAL_AUTHORITY") OrganisationType type,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as TN")
        @Schema(example = "TN", maxLength = 2) String countryCode,
        @Size(max = 2048) @Pattern(regexp = WEB_ADDRESS, message = WEB_ADDRESS_MESSAGE)
        @Schema(example = "https://www.justice.gov.tn") String website) {

    /** An http or https URL with a host: what the service links to (websites, meeting documents). */
    public static final String WEB_ADDRESS = "https?://[^\\s/$.?#][^\\s]*";
    public static final String WEB_ADDRESS_MESSAGE = "must be an http or https URL";
}
