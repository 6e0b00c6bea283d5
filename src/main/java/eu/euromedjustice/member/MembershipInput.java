package eu.euromedjustice.member;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.euromedjustice.reference.ExpertGroupInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes to add a membership (and what a merge patch is applied to). */
@Schema(name = "MembershipInput", description = "The writable properties of a membership")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MembershipInput(
        @NotNull @Pattern(regexp = ExpertGroupInput.CODE_PATTERN, message = ExpertGroupInput.CODE_MESSAGE)
        @Schema(required = true, description = "Code of the expert group", example = "CRIMEX", maxLength = 32)
        String expertGroup,
        @NotNull @Schema(required = true, example = "MEMBER") MembershipRole role,
        @Valid @Schema(description = "Whom the person represents, if anyone") OnBehalfOf onBehalfOf,
        @NotNull @Schema(required = true, example = "2017-03-01") LocalDate startDate,
        @Schema(description = "Last day; absent while the membership lasts. Not before startDate", example = "2018-12-31")
        LocalDate endDate) {
}
