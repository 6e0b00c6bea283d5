package eu.euromedjustice.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import eu.euromedjustice.common.http.PublicCache;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The meetings as a calendar that calendar clients subscribe to. */
@Path("/api/v1/calendar")
@Tag(name = "Meetings")
public class CalendarResource {

    private final MeetingService meetings;
    private final CalendarFeeds feeds;

    public CalendarResource(MeetingService meetings, CalendarFeeds feeds) {
        this.meetings = meetings;
        this.feeds = feeds;
    }

    @GET
    @Path("/meetings.ics")
    @Produces(MeetingCalendar.MEDIA_TYPE)
    @PermitAll
    @PublicCache // public facts only
    @Operation(operationId = "getMeetingsCalendar", summary = "Subscribe to the meetings as an iCalendar feed",
            description = "RFC 5545: one all-day event per meeting that matches the filters (those of the meeting list), the "
                    + MeetingService.CALENDAR_LIMIT + " newest by start date at most (also with updatedSince). Each event keeps its UID, and its "
                    + "SEQUENCE follows the meeting's version. Public facts only, so no token is needed. The ETag changes "
                    + "when a meeting in the feed changes, comes or goes.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = MeetingCalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 2000000)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<byte[]> meetings(@BeanParam MeetingFilterParams filters, @BeanParam UpdatedSinceParam updatedSince,
            @QueryParam("lang") @Parameter(description = "Language of the texts (en, fr or ar); a text without it is in English",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "fr", "ar"}, defaultValue = "en",
                            maxLength = 2)) String lang,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        String language = MeetingResource.language(lang);
        MeetingFilter filter = filters.toFilter(updatedSince, false);
        long tag = meetings.calendarTag(filter);
        return Responses.conditionalGet(headers, tag, () -> feeds.bytes(filter + " " + language + " " + uriInfo.getBaseUri(),
                tag, () -> MeetingCalendar.of(meetings.calendar(filter), "EuroMed Justice meetings", uriInfo.getBaseUri(), language)));
    }
}
