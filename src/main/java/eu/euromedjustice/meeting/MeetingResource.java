package eu.euromedjustice.meeting;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.ApiConventionsFilter;
import eu.euromedjustice.common.http.IfMatchParam;
import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.PublicCache;
import eu.euromedjustice.common.http.RenderedJson;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageParams;
import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.security.Roles;
import eu.euromedjustice.security.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestResponse;

/** Meetings of the expert groups. Anyone may read their public facts; EDITOR and ADMIN write. */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@Cache(isPrivate = true, noCache = true) // participants are people: never in a shared cache
public class MeetingResource {

    private final MeetingService meetings;
    private final SecurityIdentity identity;

    public MeetingResource(MeetingService meetings, SecurityIdentity identity) {
        this.meetings = meetings;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @PublicCache
    @Operation(operationId = "listMeetings", summary = "List meetings",
            description = "Meetings, newest first unless sort says otherwise, optionally filtered; without their agenda, "
                    + "participants and documents, with attendanceByCountry. With updatedSince, in the order of change.")
    @APIResponse(responseCode = "200", description = "One page of meetings")
    public RestResponse<Page<MeetingDto>> list(@BeanParam PageParams paging, @BeanParam MeetingFilterParams filters,
            @BeanParam UpdatedSinceParam updatedSince,
            @QueryParam("sort") @Parameter(description = "startDate (oldest first) or -startDate (newest first, the default); "
                    + "with updatedSince, the list is in the order of change instead",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"startDate", "-startDate"}, maxLength = 10))
            String sort,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        MeetingFilter filter = filters.toFilter(updatedSince, oldestFirst(sort));
        // without people or documents, the list looks the same to every caller: its ETag names no viewer
        return Responses.page(headers, uriInfo, meetings.list(filter, paging.toRequest(MeetingService.PAGE_SCOPE, filter)));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Extension(name = ApiConventionsFilter.OPTIONAL_SIGN_IN, value = "true")
    @Operation(operationId = "getMeeting", summary = "Get a meeting",
            description = "The meeting with its agenda, participants and documents, as the caller may see them. The ETag is "
                    + "the version, which changes of the agenda, participants and documents move on too.")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(schema = @Schema(implementation = MeetingDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<RenderedJson> get(@PathParam("id") @Parameter(description = "Meeting id (UUID)") String id,
            @Context HttpHeaders headers) {
        UUID meetingId = Params.uuid("id", id);
        Viewer viewer = viewer();
        return Responses.conditionalGet(headers, () -> meetings.version(meetingId), () -> meetings.render(meetingId, viewer));
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces(MeetingCalendar.MEDIA_TYPE)
    @PermitAll
    @PublicCache // public facts only
    @Operation(operationId = "getMeetingCalendar", summary = "Get a meeting as an iCalendar event",
            description = "RFC 5545, one all-day event with a stable UID and SEQUENCE from the meeting's version. Public "
                    + "facts only, so no token is needed.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = MeetingCalendar.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 100000)))
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<byte[]> calendar(@PathParam("id") @Parameter(description = "Meeting id (UUID)") String id,
            @QueryParam("lang") @Parameter(description = "Language of the texts (en, fr or ar); a text without it is in English",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "fr", "ar"}, defaultValue = "en",
                            maxLength = 2)) String lang,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        String language = language(lang);
        MeetingDto meeting = meetings.getAlone(Params.uuid("id", id));
        return Responses.conditionalGet(headers, meeting.version(), () -> MeetingCalendar.of(List.of(meeting),
                meeting.title().get(LanguageMap.REQUIRED_LANGUAGE), uriInfo.getBaseUri(), language));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "createMeeting", summary = "Create a meeting",
            description = "Agenda items, participants and documents are added afterwards under the meeting's path.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new meeting",
            content = @Content(schema = @Schema(implementation = MeetingDto.class)))
    @APIResponse(responseCode = "409", description = "The session number is taken in the group, the status is HELD before "
            + "the end date, or a referred expert group or organisation was deleted meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MeetingDto> create(@Valid @NotNull MeetingInput body, @Context UriInfo uriInfo) {
        MeetingDto meeting = meetings.create(body, viewer());
        return Responses.created(uriInfo, meeting);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "replaceMeeting", summary = "Replace a meeting",
            description = "Replaces the meeting's own properties (agenda, participants and documents stay). Needs If-Match "
                    + "with the current ETag.")
    @APIResponse(responseCode = "200", description = "The meeting as replaced")
    @APIResponse(responseCode = "409", description = "The session number is taken, the status is HELD before the end date, "
            + "or an agenda item would lie outside the new dates",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MeetingDto> replace(@PathParam("id") String id, @BeanParam IfMatchParam.Required ifMatch,
            @Valid @NotNull MeetingInput body) {
        MeetingDto meeting = meetings.replace(Params.uuid("id", id), ifMatch.toPrecondition(), body, viewer());
        return Responses.ok(meeting);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchMeeting", summary = "Change some properties of a meeting",
            description = "JSON Merge Patch (RFC 7396): name the properties to change; null removes an optional one. "
                    + "Needs If-Match with the current ETag.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = MeetingInput.class), example = "{\"status\": \"CONFIRMED\"}"))
    @APIResponse(responseCode = "200", description = "The meeting as changed")
    @APIResponse(responseCode = "409", description = "The session number is taken, the status is HELD before the end date, "
            + "or an agenda item would lie outside the new dates",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MeetingDto> patch(@PathParam("id") String id, @BeanParam IfMatchParam.Required ifMatch, JsonNode patch) {
        MeetingDto meeting = meetings.patch(Params.uuid("id", id), ifMatch.toPrecondition(), patch, viewer());
        return Responses.ok(meeting);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteMeeting", summary = "Delete a meeting",
            description = "Deletes the meeting with its agenda, participants and documents. A HELD meeting stays on record "
                    + "(409): cancel or correct it instead. Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The meeting was held",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") String id, @BeanParam IfMatchParam.Optional ifMatch) {
        meetings.delete(Params.uuid("id", id), ifMatch.toPrecondition());
    }

    /** The list's order: oldest first only when asked for. */
    private static boolean oldestFirst(String sort) {
        if (sort == null || sort.isEmpty() || sort.equals("-startDate")) {
            return false;
        }
        if (sort.equals("startDate")) {
            return true;
        }
        throw ProblemException.invalidField("sort", "must be startDate or -startDate");
    }

    /** The calendar's language: en unless one of the programme's languages is asked for. */
    static String language(String lang) {
        if (lang == null || lang.isEmpty()) {
            return LanguageMap.REQUIRED_LANGUAGE;
        }
        if (!LanguageMap.LANGUAGES.contains(lang)) {
            throw ProblemException.invalidField("lang", "must be one of: " + String.join(", ", LanguageMap.LANGUAGES));
        }
        return lang;
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }
}
