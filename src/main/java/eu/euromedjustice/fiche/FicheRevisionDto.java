package eu.euromedjustice.fiche;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FicheRevisionSummary", description = "One published revision of a fiche, without its content")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FicheRevisionDto(
        @Schema(required = true, example = "2", minimum = "1", maximum = "2147483647") int number,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant publishedAt,
        @Schema(required = true, example = "editor", maxLength = 200) String publishedBy,
        @Schema(required = true, example = "2026-11-27") LocalDate validFrom,
        @Schema(example = "2027-03-01") LocalDate validUntil,
        @Schema(required = true, description = "Whether this revision is the one in force now") boolean current,
        @Schema(example = "{\"en\": \"New deadline after the 2018 reform.\"}") LanguageMap changeSummary,
        @Schema(required = true, example = "[\"executionDeadline\"]", maxItems = 30, type = SchemaType.ARRAY, implementation = FicheDiffDto.FieldName.class)
        List<String> changedFields,
        @Schema(required = true, example = "0", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = FicheDisclaimer.EXAMPLE) LanguageMap disclaimer) implements Versioned {

    @Override
    public Object key() {
        return number;
    }
}
