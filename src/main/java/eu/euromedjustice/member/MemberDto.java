package eu.euromedjustice.member;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.LanguageTag;
import eu.euromedjustice.reference.Topic;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member as one caller may see it: {@link PersonVisibility} leaves out what the caller may not
 * see and lists it in {@code withheld}.
 */
@Schema(name = "Member", description = "A person in the member directory. Which properties a caller sees depends on its role: "
        + "PARTNER never sees email, phone, contactConsent, biography or languages; MEMBER sees email and phone only of "
        + "people who consented (and everything of the person their own account is linked to); EDITOR and ADMIN see "
        + "everything. What is left out for the caller is listed in withheld.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
        @Schema(required = true, description = "Display name: honorific, given and family name; \"Former member, <country>\" once erased",
                example = "Judge Karim Benalí", maxLength = 260) String name,
        @Schema(required = true, example = "Karim", maxLength = 100) String givenName,
        @Schema(required = true, example = "Benalí", maxLength = 100) String familyName,
        @Schema(example = "Judge", maxLength = 50) String honorificPrefix,
        @Schema(example = "TN", maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode,
        @Schema(example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID organisationId,
        LanguageMap position,
        @Schema(required = true, example = "[\"TERRORISM\", \"EXTRADITION\"]", maxItems = 12, uniqueItems = true)
        List<Topic> expertise,
        @Schema(description = "Withheld from PARTNER", example = "[\"ar\", \"fr\", \"en\"]", maxItems = 10, uniqueItems = true,
                type = SchemaType.ARRAY, implementation = LanguageTag.class)
        List<String> languages,
        @Schema(description = "Withheld from PARTNER, and from MEMBER unless contactConsent", format = "email",
                example = "k.benali@justice.example", maxLength = 254) String email,
        @Schema(description = "Withheld from PARTNER, and from MEMBER unless contactConsent", example = "+21671000000",
                maxLength = 16) String phone,
        @Schema(description = "Withheld from PARTNER", example = "true") Boolean contactConsent,
        @Schema(description = "Withheld from PARTNER") LanguageMap biography,
        @Schema(required = true, description = "The member's memberships in expert groups, by start date", maxItems = 1000)
        List<MembershipDto> memberships,
        @Schema(description = "When the personal data was erased; the record remains for what refers to it",
                example = "2026-11-27T10:15:30Z") Instant erasedAt,
        @Schema(required = true, description = "Properties this caller may not see, left out above", maxItems = 5,
                uniqueItems = true, type = SchemaType.ARRAY, implementation = PersonVisibility.Field.class)
        List<PersonVisibility.Field> withheld,
        @Schema(required = true, description = "Changes with every update, memberships included; the ETag carries it too",
                example = "0", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return id;
    }
}
