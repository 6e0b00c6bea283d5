package eu.euromedjustice.reference;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation", description = "A national authority, EU body, international organisation or project team")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
        @Schema(required = true, example = "{\"en\": \"European Union Agency for Criminal Justice Cooperation\", \"fr\": \"Agence de l'Union européenne pour la coopération judiciaire en matière pénale\"}")
        LanguageMap name,
        @Schema(example = "EUROJUST", maxLength = 32) String acronym,
        @Schema(required = true, example = "EU_BODY") OrganisationType type,
        @Schema(description = "ISO 3166-1 alpha-2 code of the organisation's country, if it has one", example = "NL",
                maxLength = 2, pattern = "^[A-Z]{2}$")
        String countryCode,
        @Schema(example = "https://www.eurojust.europa.eu", maxLength = 2048, format = "uri") String website,
        @Schema(required = true, description = "Changes with every update; the ETag carries it too", example = "0",
                minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return id;
    }
}
