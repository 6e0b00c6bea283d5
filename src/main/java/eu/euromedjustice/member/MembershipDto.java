package eu.euromedjustice.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.common.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Membership", description = "A person's role in an expert group for a period")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MembershipDto(
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abce") UUID id,
        @Schema(required = true, example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd") UUID memberId,
        @Schema(required = true, description = "Code of the expert group", example = "CRIMEX", maxLength = 32) String expertGroup,
        @Schema(required = true, example = "MEMBER") MembershipRole role,
        OnBehalfOf onBehalfOf,
        @Schema(required = true, example = "2017-03-01") LocalDate startDate,
        @Schema(description = "Last day; absent while the membership lasts", example = "2018-12-31") LocalDate endDate,
        @Schema(required = true, description = "Changes with every update; the ETag carries it too", example = "0",
                minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant createdAt,
        @Schema(required = true, example = "2026-11-27T10:15:30Z") Instant updatedAt) implements Versioned {

    @Override
    public Object key() {
        return id;
    }
}
