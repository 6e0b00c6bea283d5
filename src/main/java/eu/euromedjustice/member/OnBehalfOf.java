package eu.euromedjustice.member;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom a member represents in an expert group: a country or an organisation, exactly one of them. */
@Schema(name = "OnBehalfOf", description = "Whom the person represents: exactly one of countryCode or organisationId",
        minProperties = 1, maxProperties = 1)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OnBehalfOf(
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as TN")
        @Schema(example = "TN", maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode,
        @Schema(example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID organisationId) {
}
