package eu.euromedjustice.roadmap;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.QueryParam;

import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import eu.euromedjustice.reference.ExpertGroupInput;
import eu.euromedjustice.security.Viewer;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The roadmap list's filters, declared and parsed once. */
public class RoadmapFilterParams {

    static final Pattern GROUP_CODE = Pattern.compile(ExpertGroupInput.CODE_PATTERN);

    @QueryParam("expertGroup")
    @Parameter(description = "Only roadmaps of this expert group", example = "CRIMEX",
            schema = @Schema(type = SchemaType.STRING, maxLength = 32, pattern = "^" + ExpertGroupInput.CODE_PATTERN + "$"))
    public String expertGroup;

    @QueryParam("country")
    @Parameter(description = "Only roadmaps of this country (ISO 3166-1 alpha-2)", example = "MA",
            schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = "^[A-Z]{2}$"))
    public String country;

    @QueryParam("topic")
    @Parameter(description = "Only roadmaps of this topic", schema = @Schema(implementation = RoadmapTopic.class))
    public String topic;

    @QueryParam("status")
    @Parameter(description = "Only roadmaps with one of these statuses (repeat the parameter for several, e.g. "
            + "status=ADOPTED&status=IN_PROGRESS for those under way)",
            schema = @Schema(type = SchemaType.ARRAY, maxItems = 5, implementation = RoadmapStatus.class))
    public List<String> status;

    @QueryParam("meeting")
    @Parameter(description = "Only roadmaps adopted or reported on at this meeting (its id)",
            example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String meeting;

    @QueryParam("overdue")
    @Parameter(description = "true: only roadmaps with an open milestone due before today (UTC); false: only those without",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdue;

    @QueryParam("parent")
    @Parameter(description = "Only roadmaps derived from this regional roadmap (its id)",
            example = "0193f2a3-5b7c-7d8e-9f01-23456789abcd", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String parent;

    /** The parsed filters, as the viewer may use them; a malformed one is a 400 naming it. */
    public RoadmapFilter toFilter(UpdatedSinceParam updatedSince, Viewer viewer) {
        return new RoadmapFilter(
                Params.optional(expertGroup, raw -> Params.matching("expertGroup", raw, GROUP_CODE, ExpertGroupInput.CODE_MESSAGE)),
                Params.optional(country, raw -> Params.countryCode("country", raw)),
                Params.enumValue("topic", topic, RoadmapTopic.class),
                Params.enumValues("status", status, RoadmapStatus.class),
                Params.optional(meeting, raw -> Params.uuid("meeting", raw)),
                Params.bool("overdue", overdue),
                Params.optional(parent, raw -> Params.uuid("parent", raw)),
                updatedSince.toInstant(),
                !RoadmapService.seesDrafts(viewer));
    }
}
