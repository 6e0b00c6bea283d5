package eu.euromedjustice.fiche;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageTag;
import eu.euromedjustice.common.i18n.LanguageText;
import eu.euromedjustice.reference.OrganisationInput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

/**
 * What a fiche says, section by section as in the Fiches Belges: the same record in a draft, in
 * every revision (stored as JSON, immutable) and in the comparison. Every text is a language map,
 * in any of the languages (a fiche may be written in French or Arabic first; translationStatus says
 * which text is the original). Lists are never null: one left out is empty.
 */
@Schema(name = "FicheContent", description = "The practical legal facts of one measure in one country")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FicheContent(
        @NotNull @Schema(required = true, example = "YES") Possibility possibility,
        @LanguageText(englishRequired = false, maxLength = 4000)
        @Schema(example = "{\"en\": \"Only for offences punishable by at least two years of imprisonment.\"}") LanguageMap possibilityNote,
        @Size(max = 30) @Schema(maxItems = 30)
        List<@NotNull @Valid LegalBasis> legalFramework,
        @Valid Authority receivingAuthority,
        @Valid Authority executingAuthority,
        @Size(max = 20) @UniqueElements @Schema(maxItems = 20, uniqueItems = true, example = "[\"ar\", \"fr\"]",
                description = "BCP 47 tags of the languages a request may be written in", type = SchemaType.ARRAY, implementation = LanguageTag.class)
        List<@NotNull @Pattern(regexp = LanguageTag.PATTERN, message = LanguageTag.MESSAGE) String> acceptedLanguages,
        @LanguageText(englishRequired = false, maxLength = 4000)
        @Schema(example = "{\"en\": \"Annexes may be in English.\"}") LanguageMap languageNote,
        @Pattern(regexp = DURATION_PATTERN, message = "must be an ISO 8601 duration such as P30D or PT48H")
        @Schema(maxLength = 40, example = "P30D", description = "Usual time to execute a request, ISO 8601 duration")
        String executionDeadline,
        @LanguageText(englishRequired = false, maxLength = 4000)
        @Schema(example = "{\"en\": \"Urgent requests within 48 hours.\"}") LanguageMap deadlineNote,
        @NotNull @Schema(required = true, example = "REQUIRED") DualCriminality dualCriminality,
        @Size(max = 5) @UniqueElements @Schema(maxItems = 5, uniqueItems = true, example = "[\"CENTRAL_AUTHORITY\"]")
        List<@NotNull Channel> channels,
        @LanguageText(englishRequired = false, maxLength = 4000)
        @Schema(example = "{\"en\": \"In urgent cases the request may be sent in advance by e-mail.\"}") LanguageMap urgentProcedure,
        @LanguageText(englishRequired = false, maxLength = 4000)
        @Schema(example = "{\"en\": \"The request must name the telephone number and the period.\"}") LanguageMap specialRequirements,
        @LanguageText(englishRequired = false, maxLength = 4000)
        @Schema(example = "{\"en\": \"Contact the liaison magistrate first.\"}") LanguageMap otherInformation,
        @Size(max = 20) @UniqueElements @Schema(maxItems = 20, uniqueItems = true, example = "[\"A.50\"]",
                description = "Codes of measures to ask for instead, each an existing measure other than the fiche's own",
                type = SchemaType.ARRAY, implementation = MeasureCode.class)
        List<@NotNull @Pattern(regexp = MeasureCode.PATTERN, message = MeasureCode.MESSAGE) String> alternativeMeasureCodes,
        @Size(max = 20) @Schema(maxItems = 20)
        List<@NotNull @Valid Source> sources,
        @Schema(example = "2026-09-30", description = "When the country last checked the fiche; not in the future") LocalDate lastReviewedOn,
        @Valid @Schema(description = "Where each language's texts come from") Translations translationStatus) {

    /** ISO 8601 durations with a date or time part (P30D, P1M, PT48H); the service checks the value is positive. */
    public static final String DURATION_PATTERN = "P(?=[0-9]|T[0-9])([0-9]{1,4}Y)?([0-9]{1,4}M)?([0-9]{1,4}W)?([0-9]{1,4}D)?"
            + "(T(?=[0-9])([0-9]{1,4}H)?([0-9]{1,4}M)?([0-9]{1,4}S)?)?";

    public FicheContent {
        legalFramework = legalFramework == null ? List.of() : legalFramework;
        acceptedLanguages = acceptedLanguages == null ? List.of() : acceptedLanguages;
        channels = channels == null ? List.of() : channels;
        alternativeMeasureCodes = alternativeMeasureCodes == null ? List.of() : alternativeMeasureCodes;
        sources = sources == null ? List.of() : sources;
    }

    @Schema(name = "LegalBasis", description = "A legal instrument the measure rests on")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LegalBasis(
            @NotNull @LanguageText(englishRequired = false, maxLength = 500)
            @Schema(required = true, example = "{\"en\": \"Code of Criminal Procedure\", \"fr\": \"Code de procédure pénale\"}")
            LanguageMap instrument,
            @Size(max = 500) @Schema(maxLength = 500, example = "Articles 108 to 116") String articles,
            @LanguageText(englishRequired = false, maxLength = 4000) LanguageMap note) {
    }

    @Schema(name = "Authority", description = "An authority: an organisation of the directory, a text, or both")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Authority(
            @Schema(example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd", description = "Id of an existing organisation") UUID organisationId,
            @LanguageText(englishRequired = false, maxLength = 1000)
            @Schema(example = "{\"en\": \"The investigating judge of the place of execution\"}") LanguageMap text) {
    }

    @Schema(name = "Source", description = "Where the information comes from")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(
            @NotNull @LanguageText(englishRequired = false, maxLength = 500)
            @Schema(required = true, example = "{\"en\": \"Reply of the Ministry of Justice to the CrimEx questionnaire, 2017\"}")
            LanguageMap title,
            @Size(max = 2048) @Pattern(regexp = OrganisationInput.WEB_ADDRESS, message = OrganisationInput.WEB_ADDRESS_MESSAGE)
            @Schema(maxLength = 2048, format = "uri", example = "https://www.justice.gov.ma") String url) {
    }

    @Schema(name = "Translations", description = "Per language of the programme, where the fiche's texts in it come from")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Translations(TranslationStatus en, TranslationStatus fr, TranslationStatus ar) {
    }
}
