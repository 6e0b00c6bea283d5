package eu.euromedjustice.roadmap;

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
import eu.euromedjustice.common.http.IfMatchParam;
import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.PublicCache;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageParams;
import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.reference.ExpertGroupInput;
import eu.euromedjustice.security.Roles;
import eu.euromedjustice.security.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Roadmaps of the expert groups. MEMBER and above read every one, PARTNER the adopted ones;
 * anonymous callers the overview only. EDITOR and ADMIN write.
 */
@Path("/api/v1/roadmaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmaps")
@Cache(isPrivate = true, noCache = true) // what a caller sees depends on its role
public class RoadmapResource {

    private final RoadmapService roadmaps;
    private final SecurityIdentity identity;

    public RoadmapResource(RoadmapService roadmaps, SecurityIdentity identity) {
        this.roadmaps = roadmaps;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "listRoadmaps", summary = "List roadmaps",
            description = "Roadmaps in the order of creation, optionally filtered, without their milestones; a PARTNER sees "
                    + "adopted ones only. With updatedSince, in the order of change.")
    @APIResponse(responseCode = "200", description = "One page of roadmaps")
    public RestResponse<Page<RoadmapDto>> list(@BeanParam PageParams paging, @BeanParam RoadmapFilterParams filters,
            @BeanParam UpdatedSinceParam updatedSince, @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        RoadmapFilter filter = filters.toFilter(updatedSince, viewer());
        return Responses.page(headers, uriInfo, roadmaps.list(filter, paging.toRequest(RoadmapService.PAGE_SCOPE, filter)));
    }

    @GET
    @Path("/overview")
    @PermitAll
    @PublicCache // adopted roadmaps only: the same for everyone
    @Operation(operationId = "getRoadmapOverview", summary = "Get the roadmap overview",
            description = "Per country, its adopted roadmap of one topic: status, progress, overdue milestones and the day of "
                    + "the last progress report. Every South Partner Country has a row, with or without a roadmap. Where a "
                    + "country has several, the newest one not superseded is shown. Public.")
    @APIResponse(responseCode = "200", description = "The overview")
    public RoadmapOverviewDto overview(
            @QueryParam("topic") @Parameter(description = "The topic; default NATIONAL_COORDINATION_PLATFORM",
                    schema = @Schema(implementation = RoadmapTopic.class)) String topic,
            @QueryParam("expertGroup") @Parameter(description = "Only roadmaps of this expert group; default all",
                    example = "CRIMEX", schema = @Schema(type = SchemaType.STRING, maxLength = 32,
                            pattern = "^" + ExpertGroupInput.CODE_PATTERN + "$")) String expertGroup) {
        RoadmapTopic chosen = Params.enumValue("topic", topic, RoadmapTopic.class);
        return roadmaps.overview(chosen == null ? RoadmapTopic.NATIONAL_COORDINATION_PLATFORM : chosen,
                Params.optional(expertGroup, raw -> Params.matching("expertGroup", raw, RoadmapFilterParams.GROUP_CODE,
                        ExpertGroupInput.CODE_MESSAGE)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "getRoadmap", summary = "Get a roadmap",
            description = "The roadmap with its milestones by position. The ETag is the version, which changes of the "
                    + "milestones and new reports move on too. A draft is not found for a PARTNER.")
    @APIResponse(responseCode = "200", description = "The roadmap")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<RoadmapDto> get(@PathParam("id") @Parameter(description = "Roadmap id (UUID)") String id,
            @Context HttpHeaders headers) {
        UUID roadmapId = Params.uuid("id", id);
        Viewer viewer = viewer();
        return Responses.conditionalGet(headers, () -> roadmaps.version(roadmapId, viewer), () -> roadmaps.get(roadmapId, viewer));
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "getRoadmapTimeline", summary = "Get a roadmap's timeline",
            description = "Every status change of the roadmap and of its milestones, oldest first: who, when, from, to, and "
                    + "the progress report (with its meeting and day) that caused it.")
    @APIResponse(responseCode = "200", description = "One page of the timeline")
    public RestResponse<Page<RoadmapEventDto>> timeline(@PathParam("id") String id,
            @QueryParam("milestone") @Parameter(description = "Only the changes of this milestone (its id)",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String milestone,
            @BeanParam PageParams paging, @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        UUID roadmapId = Params.uuid("id", id);
        UUID milestoneId = Params.optional(milestone, raw -> Params.uuid("milestone", raw));
        return Responses.page(headers, uriInfo, roadmaps.timeline(roadmapId, milestoneId, viewer(),
                paging.toRequest(RoadmapService.TIMELINE_SCOPE, roadmapId + " " + milestoneId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "createRoadmap", summary = "Create a roadmap",
            description = "A new roadmap is DRAFT or ADOPTED. Milestones and reports are added afterwards under its path.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new roadmap",
            content = @Content(schema = @Schema(implementation = RoadmapDto.class)))
    @APIResponse(responseCode = "409", description = "A referred expert group, country or meeting was deleted meanwhile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<RoadmapDto> create(@Valid @NotNull RoadmapInput body, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, roadmaps.create(body, actor()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "replaceRoadmap", summary = "Replace a roadmap",
            description = "Replaces the roadmap's own properties (milestones and reports stay). Needs If-Match with the "
                    + "current ETag. A status change must follow the rules: DRAFT -> ADOPTED; ADOPTED -> IN_PROGRESS, "
                    + "COMPLETED, SUPERSEDED or back to DRAFT (unless reported on); IN_PROGRESS -> COMPLETED or SUPERSEDED; "
                    + "COMPLETED -> IN_PROGRESS or SUPERSEDED. COMPLETED needs every milestone DONE or CANCELLED.")
    @APIResponse(responseCode = "200", description = "The roadmap as replaced")
    @APIResponse(responseCode = "409", description = "The status change is not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<RoadmapDto> replace(@PathParam("id") String id, @BeanParam IfMatchParam.Required ifMatch,
            @Valid @NotNull RoadmapInput body) {
        return Responses.ok(roadmaps.replace(Params.uuid("id", id), ifMatch.toPrecondition(), body, actor()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchRoadmap", summary = "Change some properties of a roadmap",
            description = "JSON Merge Patch (RFC 7396). Needs If-Match with the current ETag. Status changes follow the rules "
                    + "of replaceRoadmap.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = RoadmapInput.class), example = "{\"status\": \"SUPERSEDED\"}"))
    @APIResponse(responseCode = "200", description = "The roadmap as changed")
    @APIResponse(responseCode = "409", description = "The status change is not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<RoadmapDto> patch(@PathParam("id") String id, @BeanParam IfMatchParam.Required ifMatch, JsonNode patch) {
        return Responses.ok(roadmaps.patch(Params.uuid("id", id), ifMatch.toPrecondition(), patch, actor()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteRoadmap", summary = "Delete a roadmap",
            description = "Deletes a roadmap made by mistake, with its milestones and timeline. One that was reported on, or "
                    + "that others derive from, stays (409). Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The roadmap was reported on, or others derive from it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") String id, @BeanParam IfMatchParam.Optional ifMatch) {
        roadmaps.delete(Params.uuid("id", id), ifMatch.toPrecondition());
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
