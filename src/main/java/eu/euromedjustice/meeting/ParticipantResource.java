package eu.euromedjustice.meeting;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.ApiConventionsFilter;
import eu.euromedjustice.common.http.IfMatchParam;
import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageParams;
import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.security.Roles;
import eu.euromedjustice.security.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A meeting's participants, keyed by member id. Anonymous callers see those who chair or speak;
 * what others see of each person follows the member rules.
 */
@Path("/api/v1/meetings/{id}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@Cache(isPrivate = true, noCache = true)
public class ParticipantResource {

    private final ParticipantService participants;
    private final SecurityIdentity identity;

    public ParticipantResource(ParticipantService participants, SecurityIdentity identity) {
        this.participants = participants;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Extension(name = ApiConventionsFilter.OPTIONAL_SIGN_IN, value = "true")
    @Operation(operationId = "listParticipants", summary = "List a meeting's participants",
            description = "In the order they were added; with updatedSince, in the order of change. Anonymous callers get only "
                    + "those who chair or speak.")
    @APIResponse(responseCode = "200", description = "One page of participants")
    public RestResponse<Page<ParticipantDto>> list(@PathParam("id") @Parameter(description = "Meeting id (UUID)") String id,
            @BeanParam PageParams paging, @BeanParam UpdatedSinceParam updatedSince, @Context HttpHeaders headers,
            @Context UriInfo uriInfo) {
        Viewer viewer = viewer();
        // anonymous callers page through another list than signed-in ones
        MeetingPartFilter filter = new MeetingPartFilter(Params.uuid("id", id), !MeetingService.seesAllParticipants(viewer),
                updatedSince.toInstant());
        // what each person shows depends on who asks, so the page's ETag does too
        return Responses.page(headers, uriInfo,
                participants.list(filter, paging.toRequest(ParticipantService.PAGE_SCOPE, filter), viewer), viewer);
    }

    @GET
    @Path("/{memberId}")
    @PermitAll
    @Extension(name = ApiConventionsFilter.OPTIONAL_SIGN_IN, value = "true")
    @Operation(operationId = "getParticipant", summary = "Get a participant",
            description = "Not found for anonymous callers unless the participant chairs or speaks.")
    @APIResponse(responseCode = "200", description = "The participant")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<ParticipantDto> get(@PathParam("id") String id,
            @PathParam("memberId") @Parameter(description = "The participating member's id (UUID)") String memberId,
            @Context HttpHeaders headers) {
        ParticipantDto participant = participants.get(Params.uuid("id", id), Params.uuid("memberId", memberId), viewer());
        return Responses.conditionalGet(headers, participant);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "addParticipant", summary = "Add a participant",
            description = "A member takes part in a meeting at most once (409); change the role or attendance with PATCH.")
    @APIResponse(responseCode = "201", description = "Added; Location names the new participant",
            content = @Content(schema = @Schema(implementation = ParticipantDto.class)))
    @APIResponse(responseCode = "409", description = "The member already participates, was erased or deleted meanwhile, "
            + "or the meeting is full",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ParticipantDto> add(@PathParam("id") String id, @Valid @NotNull ParticipantInput body,
            @Context UriInfo uriInfo) {
        ParticipantDto participant = participants.add(Params.uuid("id", id), body, viewer());
        return Responses.created(uriInfo, participant);
    }

    @PATCH
    @Path("/{memberId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchParticipant", summary = "Change a participant's role or attendance",
            description = "JSON Merge Patch (RFC 7396); memberId cannot change. Needs If-Match with the participant's ETag.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ParticipantInput.class), example = "{\"attendance\": \"ATTENDED\"}"))
    @APIResponse(responseCode = "200", description = "The participant as changed")
    public RestResponse<ParticipantDto> patch(@PathParam("id") String id, @PathParam("memberId") String memberId,
            @BeanParam IfMatchParam.Required ifMatch, JsonNode patch) {
        ParticipantDto participant = participants.patch(Params.uuid("id", id), Params.uuid("memberId", memberId),
                ifMatch.toPrecondition(), patch, viewer());
        return Responses.ok(participant);
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "removeParticipant", summary = "Remove a participant",
            description = "Not while the member speaks on the agenda (409). Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The member speaks on the agenda",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") String id, @PathParam("memberId") String memberId,
            @BeanParam IfMatchParam.Optional ifMatch) {
        participants.delete(Params.uuid("id", id), Params.uuid("memberId", memberId), ifMatch.toPrecondition());
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }
}
