package eu.euromedjustice.member;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member as other features embed it (meeting participants): who it is, and how to reach it where
 * {@link PersonVisibility} lets the caller see that.
 */
@Schema(name = "PersonSummary", description = "A member as embedded in other resources. Email and phone follow the "
        + "member rules (never for PARTNER or anonymous callers; for MEMBER only with the person's consent); what is left "
        + "out for the caller is listed in withheld.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonSummaryDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID id,
        @Schema(required = true, example = "Judge Karim Benalí", maxLength = 260) String name,
        @Schema(example = "TN", maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode,
        @Schema(example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID organisationId,
        @Schema(format = "email", example = "k.benali@justice.example", maxLength = 254) String email,
        @Schema(example = "+21671000000", maxLength = 16) String phone,
        @Schema(required = true, description = "Properties this caller may not see, left out above", maxItems = 2,
                uniqueItems = true, type = SchemaType.ARRAY, implementation = PersonVisibility.Field.class)
        List<PersonVisibility.Field> withheld) {
}
