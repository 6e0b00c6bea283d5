package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestResponse;

/** A roadmap's milestones: read as the roadmap is; every change moves the roadmap's version on. */
@Path("/api/v1/roadmaps/{id}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roadmaps")
@Cache(isPrivate = true, noCache = true)
public class MilestoneResource {

    private final MilestoneService milestones;
    private final SecurityIdentity identity;

    public MilestoneResource(MilestoneService milestones, SecurityIdentity identity) {
        this.milestones = milestones;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "listMilestones", summary = "List a roadmap's milestones",
            description = "By position; with updatedSince, in the order of change.")
    @APIResponse(responseCode = "200", description = "One page of milestones")
    public RestResponse<Page<MilestoneDto>> list(@PathParam("id") @Parameter(description = "Roadmap id (UUID)") String id,
            @BeanParam PageParams paging, @BeanParam UpdatedSinceParam updatedSince, @Context HttpHeaders headers,
            @Context UriInfo uriInfo) {
        UUID roadmapId = Params.uuid("id", id);
        Instant since = updatedSince.toInstant();
        return Responses.page(headers, uriInfo, milestones.list(roadmapId, since, viewer(),
                paging.toRequest(MilestoneService.PAGE_SCOPE, roadmapId + " " + since)));
    }

    @GET
    @Path("/{milestoneId}")
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "getMilestone", summary = "Get a milestone")
    @APIResponse(responseCode = "200", description = "The milestone")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<MilestoneDto> get(@PathParam("id") String id,
            @PathParam("milestoneId") @Parameter(description = "Milestone id (UUID)") String milestoneId, @Context HttpHeaders headers) {
        UUID roadmapId = Params.uuid("id", id);
        UUID milestone = Params.uuid("milestoneId", milestoneId);
        Viewer viewer = viewer();
        return Responses.conditionalGet(headers, () -> milestones.version(roadmapId, milestone, viewer),
                () -> milestones.get(roadmapId, milestone, viewer));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "addMilestone", summary = "Add a milestone",
            description = "At the position given (the milestones from there on move down one), or after the last one. Not "
                    + "once the roadmap is COMPLETED or SUPERSEDED.")
    @APIResponse(responseCode = "201", description = "Added; Location names the new milestone",
            content = @Content(schema = @Schema(implementation = MilestoneDto.class)))
    @APIResponse(responseCode = "409", description = "The roadmap is closed, or has the most milestones it may have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MilestoneDto> add(@PathParam("id") String id, @Valid @NotNull MilestoneInput body, @Context UriInfo uriInfo) {
        return Responses.created(uriInfo, milestones.add(Params.uuid("id", id), body, actor()));
    }

    @PATCH
    @Path("/{milestoneId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchMilestone", summary = "Change some properties of a milestone",
            description = "JSON Merge Patch (RFC 7396). Needs If-Match with the milestone's ETag. A new position moves it; "
                    + "a new status must follow the rules (a DONE milestone may only be reopened as IN_PROGRESS, a CANCELLED one "
                    + "only reinstated as PLANNED) and lands on the roadmap's timeline.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = MilestoneInput.class),
            example = "{\"status\": \"DONE\", \"completedOn\": \"2018-05-15\"}"))
    @APIResponse(responseCode = "200", description = "The milestone as changed")
    @APIResponse(responseCode = "409", description = "The status change is not allowed, or the roadmap is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MilestoneDto> patch(@PathParam("id") String id, @PathParam("milestoneId") String milestoneId,
            @BeanParam IfMatchParam.Required ifMatch, JsonNode patch) {
        return Responses.ok(milestones.patch(Params.uuid("id", id), Params.uuid("milestoneId", milestoneId),
                ifMatch.toPrecondition(), patch, actor()));
    }

    @DELETE
    @Path("/{milestoneId}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteMilestone", summary = "Delete a milestone",
            description = "For one planned by mistake: the milestones after it move up one. One that a report updated stays "
                    + "(409): cancel it instead. Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The milestone was reported on, or the roadmap is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") String id, @PathParam("milestoneId") String milestoneId,
            @BeanParam IfMatchParam.Optional ifMatch) {
        milestones.delete(Params.uuid("id", id), Params.uuid("milestoneId", milestoneId), ifMatch.toPrecondition(), actor());
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
