package eu.euromedjustice.fiche;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageText;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable properties of a measure. {@code code} is required on create and, being the key,
 * cannot change afterwards (on replace it may be left out or repeated).
 */
@Schema(name = "MeasureInput", description = "The writable properties of a measure")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasureInput(
        @Pattern(regexp = MeasureCode.PATTERN, message = MeasureCode.MESSAGE)
        @Schema(description = "Stable key; required on create", example = "A.11", maxLength = 16) String code,
        @NotNull @Schema(required = true, example = "INTERCEPTION_OF_COMMUNICATIONS") Theme theme,
        @NotNull @LanguageText(maxLength = 300)
        @Schema(required = true, example = "{\"en\": \"Interception of telecommunications\", \"fr\": \"Interception des télécommunications\", "
                + "\"ar\": \"اعتراض الاتصالات\"}") LanguageMap title,
        @LanguageText(englishRequired = false, maxLength = 4000)
        @Schema(example = "{\"en\": \"Real-time interception of the content of telephone and internet communications.\"}")
        LanguageMap description,
        @Size(max = 20)
        @Schema(description = "Codes of related measures, each an existing measure other than this one", example = "[\"A.50\"]",
                maxItems = 20, type = SchemaType.ARRAY, implementation = MeasureCode.class)
        List<@NotNull @Pattern(regexp = MeasureCode.PATTERN, message = MeasureCode.MESSAGE) String> relatedMeasureCodes) {
}
