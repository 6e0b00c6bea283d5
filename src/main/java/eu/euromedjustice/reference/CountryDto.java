package eu.euromedjustice.reference;

import java.time.Instant;

import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Country", description = "A country, identified by its ISO 3166-1 alpha-2 code")
public record CountryDto(
        @Schema(required = true, description = "ISO 3166-1 alpha-2 code", example = "MA", maxLength = 2, pattern = "^[A-Z]{2}$") String code,
        @Schema(required = true, example = "{\"en\": \"Morocco\", \"fr\": \"Maroc\", \"ar\": \"المغرب\"}") LanguageMap name,
        @Schema(required = true, example = "SPC") Region region,
        @Schema(required = true, description = "Changes with every update; the ETag carries it too", example = "0",
                minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return code;
    }
}
