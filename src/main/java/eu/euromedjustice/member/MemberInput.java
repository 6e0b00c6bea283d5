package eu.euromedjustice.member;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageTag;
import eu.euromedjustice.common.i18n.LanguageText;
import eu.euromedjustice.reference.Topic;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.UniqueElements;

/** What a client writes to create or replace a member (and what a merge patch is applied to). */
@Schema(name = "MemberInput", description = "The writable properties of a member")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberInput(
        @NotNull @Size(min = 1, max = 100) @Pattern(regexp = TRIMMED, message = TRIMMED_MESSAGE)
        @Schema(required = true, example = "Karim", maxLength = 100) String givenName,
        @NotNull @Size(min = 1, max = 100) @Pattern(regexp = TRIMMED, message = TRIMMED_MESSAGE)
        @Schema(required = true, example = "Benalí", maxLength = 100) String familyName,
        @Size(min = 1, max = 50) @Pattern(regexp = TRIMMED, message = TRIMMED_MESSAGE)
        @Schema(example = "Judge", maxLength = 50) String honorificPrefix,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as TN")
        @Schema(description = "ISO 3166-1 alpha-2 code of the member's country", example = "TN", maxLength = 2)
        String countryCode,
        @Schema(description = "Id of the member's organisation", example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd")
        UUID organisationId,
        @LanguageText(englishRequired = false, maxLength = 300)
        @Schema(example = "{\"en\": \"Public prosecutor, international cooperation unit\"}") LanguageMap position,
        @Size(max = 12) @UniqueElements
        @Schema(description = "Areas of expertise, each at most once; default none", example = "[\"TERRORISM\", \"EXTRADITION\"]",
                maxItems = 12, uniqueItems = true)
        List<@NotNull Topic> expertise,
        @Size(max = 10) @UniqueElements
        @Schema(description = "BCP 47 tags of the languages the member works in, in order of preference; default none",
                example = "[\"ar\", \"fr\", \"en\"]", maxItems = 10, uniqueItems = true, type = SchemaType.ARRAY,
                implementation = LanguageTag.class)
        List<@NotNull @Pattern(regexp = LanguageTag.PATTERN, message = LanguageTag.MESSAGE) String> languages,
        @Size(max = 254) @Email @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address")
        @Schema(format = "email", example = "k.benali@justice.example", maxLength = 254) String email,
        @Pattern(regexp = "\\+[1-9][0-9]{1,14}", message = "must be an E.164 number such as +21671000000")
        @Schema(description = "E.164: +, country code and number, no spaces", example = "+21671000000", maxLength = 16,
                pattern = "^\\+[1-9][0-9]{1,14}$") String phone,
        @Schema(description = "Whether the member agrees that other CrimEx members see the email and phone; default false",
                example = "true") Boolean contactConsent,
        @LanguageText(englishRequired = false, maxLength = 5000)
        @Schema(example = "{\"en\": \"Prosecutor since 2005, specialised in terrorism financing.\"}") LanguageMap biography) {

    public static final String TRIMMED = "\\S(.*\\S)?";
    public static final String TRIMMED_MESSAGE = "must not be blank nor start or end with spaces";
    /** Language, optional script and region, in their canonical case: ar, fr-CA, zh-Hant-TW. */
}
