package eu.euromedjustice.member;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestResponse;

/** A member's memberships in expert groups (Popolo Membership). Every change moves the member's version on. */
@Path("/api/v1/members/{id}/memberships")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
@Cache(isPrivate = true, noCache = true)
public class MembershipResource {

    private final MembershipService memberships;

    public MembershipResource(MembershipService memberships) {
        this.memberships = memberships;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "listMemberships", summary = "List a member's memberships",
            description = "By start date; with updatedSince, in the order of change.")
    @APIResponse(responseCode = "200", description = "One page of memberships")
    public RestResponse<Page<MembershipDto>> list(@PathParam("id") @Parameter(description = "Member id (UUID)") String id,
            @BeanParam PageParams paging, @BeanParam UpdatedSinceParam updatedSince, @Context HttpHeaders headers,
            @Context UriInfo uriInfo) {
        // a cursor holds for the one member's list it came from
        MembershipFilter filter = new MembershipFilter(Params.uuid("id", id), updatedSince.toInstant());
        return Responses.page(headers, uriInfo, memberships.list(filter, paging.toRequest(MembershipService.PAGE_SCOPE, filter)));
    }

    @GET
    @Path("/{membershipId}")
    @RolesAllowed({Roles.PARTNER, Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "getMembership", summary = "Get a membership")
    @APIResponse(responseCode = "200", description = "The membership")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<MembershipDto> get(@PathParam("id") String id,
            @PathParam("membershipId") @Parameter(description = "Membership id (UUID)") String membershipId,
            @Context HttpHeaders headers) {
        MembershipDto membership = memberships.get(Params.uuid("id", id), Params.uuid("membershipId", membershipId));
        return Responses.conditionalGet(headers, membership);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "addMembership", summary = "Add a membership",
            description = "Periods of the same member in the same group and role must not overlap (409).")
    @APIResponse(responseCode = "201", description = "Added; Location names the new membership",
            content = @Content(schema = @Schema(implementation = MembershipDto.class)))
    @APIResponse(responseCode = "409", description = "Overlaps another membership of the member in the same group and role, or the member was erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MembershipDto> add(@PathParam("id") String id, @Valid @NotNull MembershipInput body,
            @Context UriInfo uriInfo) {
        MembershipDto membership = memberships.add(Params.uuid("id", id), body);
        return Responses.created(uriInfo, membership);
    }

    @PATCH
    @Path("/{membershipId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchMembership", summary = "Change some properties of a membership",
            description = "JSON Merge Patch (RFC 7396), such as an end date when someone leaves the group. "
                    + "Needs If-Match with the membership's current ETag.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = MembershipInput.class), example = "{\"endDate\": \"2026-12-31\"}"))
    @APIResponse(responseCode = "200", description = "The membership as changed")
    @APIResponse(responseCode = "409", description = "Would overlap another membership of the member in the same group and role, or the member was erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MembershipDto> patch(@PathParam("id") String id, @PathParam("membershipId") String membershipId,
            @BeanParam IfMatchParam.Required ifMatch, JsonNode patch) {
        MembershipDto membership = memberships.patch(Params.uuid("id", id), Params.uuid("membershipId", membershipId),
                ifMatch.toPrecondition(), patch);
        return Responses.ok(membership);
    }

    @DELETE
    @Path("/{membershipId}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteMembership", summary = "Delete a membership",
            description = "For a membership recorded in error; one that ended gets an endDate instead. Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The member was erased: its memberships stay as they were",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") String id, @PathParam("membershipId") String membershipId,
            @BeanParam IfMatchParam.Optional ifMatch) {
        memberships.delete(Params.uuid("id", id), Params.uuid("membershipId", membershipId), ifMatch.toPrecondition());
    }
}
