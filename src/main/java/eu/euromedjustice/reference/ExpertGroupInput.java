package eu.euromedjustice.reference;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The writable properties of an expert group. {@code code} is required on create and, being the
 * key, cannot change afterwards (on replace it may be left out or repeated).
 */
@Schema(name = "ExpertGroupInput", description = "The writable properties of an expert group")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpertGroupInput(
        @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
        @Schema(description = "Stable key; required on create", example = "CRIMEX", maxLength = 32) String code,
        @NotNull @LanguageText(maxLength = 300)
        @Schema(required = true, example = "{\"en\": \"Expert Group in Criminal Matters\"}") LanguageMap name,
        @LanguageText(englishRequired = false)
        @Schema(example = "{\"en\": \"Strengthen judicial cooperation in criminal matters.\"}") LanguageMap mandate,
        @Schema(example = "2017-01-01") LocalDate startDate,
        @Schema(example = "2018-12-31") LocalDate endDate,
        @Size(max = 200) @Schema(example = "EuroMed Justice") String parentProgramme) {

    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,31}";
    public static final String CODE_MESSAGE = "must be 2 to 32 upper-case letters, digits or underscores, starting with a letter";
}
