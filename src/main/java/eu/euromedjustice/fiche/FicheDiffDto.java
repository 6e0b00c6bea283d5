package eu.euromedjustice.fiche;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.ApiConventionsFilter;
import eu.euromedjustice.common.i18n.LanguageMap;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FicheDiff", description = "The content fields that differ between two revisions of a fiche")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FicheDiffDto(
        @Schema(required = true, example = "MA", maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode,
        @Schema(required = true, example = "A.11", maxLength = 16) String measureCode,
        @Schema(required = true, description = "The revision shown as after", example = "2", minimum = "1", maximum = "2147483647")
        int revision,
        @Schema(description = "The revision shown as before; absent when revision 1 is shown against nothing", example = "1",
                minimum = "1", maximum = "2147483647")
        Integer against,
        @Schema(required = true, maxItems = 30) List<Change> changes,
        @Schema(required = true, example = FicheDisclaimer.EXAMPLE) LanguageMap disclaimer) {

    /** The name of a content field of a fiche. */
    @Schema(name = "FicheFieldName", type = SchemaType.STRING, maxLength = 40, pattern = "^[a-zA-Z]+$", example = "possibility")
    public static final class FieldName {

        private FieldName() {
        }
    }


    @Schema(name = "FicheFieldChange", description = "One changed field: its value before and after; absent where the field was empty")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            @Schema(required = true, example = "executionDeadline", maxLength = 40) String field,
            @Schema(description = "The value in the earlier revision: any JSON type, as the field has it in FicheContent", example = "P60D",
                    extensions = @Extension(name = ApiConventionsFilter.ANY_VALUE, value = "true")) JsonNode before,
            @Schema(description = "The value in the later revision: any JSON type, as the field has it in FicheContent", example = "P30D",
                    extensions = @Extension(name = ApiConventionsFilter.ANY_VALUE, value = "true")) JsonNode after) {
    }
}
