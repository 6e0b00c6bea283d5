package eu.euromedjustice.fiche;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FicheDraftInput", description = "The writable properties of a fiche's draft")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FicheDraftInput(
        @NotNull @Valid @Schema(required = true) FicheContent content,
        @LanguageText(englishRequired = false, maxLength = 2000)
        @Schema(description = "What the next revision changes, for the revision list",
                example = "{\"en\": \"New deadline after the 2018 reform.\"}") LanguageMap changeSummary) {
}
