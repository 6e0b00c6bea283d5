package eu.euromedjustice.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many participants of one country are in each attendance state: numbers only, no names. */
@Schema(name = "CountryAttendance")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CountryAttendanceDto(
        @Schema(description = "ISO 3166-1 alpha-2 code; absent for participants without a country", example = "TN",
                maxLength = 2, pattern = "^[A-Z]{2}$") String countryCode,
        @Schema(required = true, minimum = "0", maximum = "100000") int invited,
        @Schema(required = true, minimum = "0", maximum = "100000") int confirmed,
        @Schema(required = true, minimum = "0", maximum = "100000") int attended,
        @Schema(required = true, minimum = "0", maximum = "100000") int excused,
        @Schema(required = true, minimum = "0", maximum = "100000") int total) {
}
