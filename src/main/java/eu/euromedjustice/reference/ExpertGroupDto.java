package eu.euromedjustice.reference;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpertGroup", description = "An expert group of the programme, such as CrimEx")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpertGroupDto(
        @Schema(required = true, example = "CRIMEX", maxLength = 32) String code,
        @Schema(required = true, example = "{\"en\": \"Expert Group in Criminal Matters\", \"fr\": \"Groupe d'experts en matière pénale\"}")
        LanguageMap name,
        @Schema(example = "{\"en\": \"Strengthen judicial cooperation in criminal matters between the EU and the South Partner Countries.\"}")
        LanguageMap mandate,
        @Schema(example = "2017-01-01") LocalDate startDate,
        @Schema(example = "2018-12-31") LocalDate endDate,
        @Schema(example = "EuroMed Justice", maxLength = 200) String parentProgramme,
        @Schema(required = true, description = "Changes with every update; the ETag carries it too", example = "0",
                minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return code;
    }
}
