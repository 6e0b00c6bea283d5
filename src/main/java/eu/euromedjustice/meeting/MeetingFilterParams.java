package eu.euromedjustice.meeting;

import java.util.regex.Pattern;

import jakarta.ws.rs.QueryParam;

import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.reference.ExpertGroupInput;
import eu.euromedjustice.reference.Topic;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters the meeting list and the calendar feed share, declared and parsed once. */
public class MeetingFilterParams {

    private static final Pattern GROUP_CODE = Pattern.compile(ExpertGroupInput.CODE_PATTERN);

    @QueryParam("expertGroup")
    @Parameter(description = "Only meetings of this expert group", example = "CRIMEX",
            schema = @Schema(type = SchemaType.STRING, maxLength = 32, pattern = "^" + ExpertGroupInput.CODE_PATTERN + "$"))
    public String expertGroup;

    @QueryParam("status")
    @Parameter(description = "Only meetings with this status", schema = @Schema(implementation = MeetingStatus.class))
    public String status;

    @QueryParam("from")
    @Parameter(description = "Only meetings that end on or after this day", example = "2017-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Only meetings that start on or before this day", example = "2018-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
    public String to;

    @QueryParam("country")
    @Parameter(description = "Only meetings held in this country (ISO 3166-1 alpha-2)", example = "BE",
            schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = "^[A-Z]{2}$"))
    public String country;

    @QueryParam("participantCountry")
    @Parameter(description = "Only meetings with a participant from this country (ISO 3166-1 alpha-2)", example = "TN",
            schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = "^[A-Z]{2}$"))
    public String participantCountry;

    @QueryParam("topic")
    @Parameter(description = "Only meetings on this topic", schema = @Schema(implementation = Topic.class))
    public String topic;

    @QueryParam("q")
    @Parameter(description = "Words each contained in the title in any language, in any order; case- and "
            + "accent-insensitive (reunion finds Réunion)", example = "crimex",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String text;

    /** The parsed filters; a malformed one is a 400 naming it, as is a range that ends before it starts. */
    public MeetingFilter toFilter(UpdatedSinceParam updatedSince, boolean oldestFirst) {
        MeetingFilter filter = new MeetingFilter(
                Params.optional(expertGroup, raw -> Params.matching("expertGroup", raw, GROUP_CODE, ExpertGroupInput.CODE_MESSAGE)),
                Params.enumValue("status", status, MeetingStatus.class),
                Params.date("from", from),
                Params.date("to", to),
                Params.optional(country, raw -> Params.countryCode("country", raw)),
                Params.optional(participantCountry, raw -> Params.countryCode("participantCountry", raw)),
                Params.enumValue("topic", topic, Topic.class),
                Params.text("q", text, 200),
                updatedSince.toInstant(),
                oldestFirst);
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        return filter;
    }
}
