package eu.euromedjustice.fiche;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Fiche", description = "A published revision of the fiche of one country for one measure")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FicheDto(
        @Schema(required = true, example = "MA", maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode,
        @Schema(required = true, example = "A.11", maxLength = 16) String measureCode,
        @Schema(required = true, example = "INTERCEPTION_OF_COMMUNICATIONS") Theme theme,
        @Schema(required = true, example = "{\"en\": \"Interception of telecommunications\"}") LanguageMap measureTitle,
        @Schema(required = true, description = "The revision's number, from 1", example = "2", minimum = "1", maximum = "2147483647")
        int revision,
        @Schema(required = true, description = "Whether this revision is the one in force now") boolean current,
        @Schema(required = true) FicheContent content,
        @Schema(example = "{\"en\": \"New deadline after the 2018 reform.\"}") LanguageMap changeSummary,
        @Schema(required = true, description = "The content fields this revision changed against the one before; all for revision 1",
                example = "[\"executionDeadline\"]", maxItems = 30, type = SchemaType.ARRAY, implementation = FicheDiffDto.FieldName.class)
        List<String> changedFields,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant publishedAt,
        @Schema(required = true, description = "The account that published it", example = "editor", maxLength = 200) String publishedBy,
        @Schema(required = true, description = "The first day the revision is valid", example = "2026-11-27") LocalDate validFrom,
        @Schema(description = "The first day it is no longer valid: a later revision's validFrom, or the day the fiche was archived",
                example = "2027-03-01") LocalDate validUntil,
        @Schema(required = true, description = "The ETag: of the fiche for its current revision, of the revision otherwise", example = "0",
                minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = FicheDisclaimer.EXAMPLE) LanguageMap disclaimer) implements Versioned {

    @Override
    public Object key() {
        return countryCode + "/" + measureCode + "/" + revision;
    }
}
