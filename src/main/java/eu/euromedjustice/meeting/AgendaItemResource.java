package eu.euromedjustice.meeting;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.hibernate.validator.constraints.UniqueElements;
import org.jboss.resteasy.reactive.RestResponse;

/** A meeting's agenda: public, like the meeting's facts. Every change moves the meeting's version on. */
@Path("/api/v1/meetings/{id}/agenda-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class AgendaItemResource {

    private final AgendaService agenda;
    private final MeetingService meetings;
    private final SecurityIdentity identity;

    public AgendaItemResource(AgendaService agenda, MeetingService meetings, SecurityIdentity identity) {
        this.agenda = agenda;
        this.meetings = meetings;
        this.identity = identity;
    }

    /** The new order of the agenda: every item's id, once each. */
    @Schema(name = "AgendaOrder")
    public record AgendaOrder(
            @NotNull @Size(max = AgendaItemInput.MAX_ITEMS) @UniqueElements
            @Schema(required = true, description = "The ids of all the agenda's items, in the new order", maxItems = 200,
                    uniqueItems = true) List<@NotNull UUID> itemIds) {
    }

    @GET
    @PermitAll
    @PublicCache
    @Operation(operationId = "listAgendaItems", summary = "List a meeting's agenda",
            description = "By position; with updatedSince, in the order of change.")
    @APIResponse(responseCode = "200", description = "One page of agenda items")
    public RestResponse<Page<AgendaItemDto>> list(@PathParam("id") @Parameter(description = "Meeting id (UUID)") String id,
            @BeanParam PageParams paging, @BeanParam UpdatedSinceParam updatedSince, @Context HttpHeaders headers,
            @Context UriInfo uriInfo) {
        MeetingPartFilter filter = new MeetingPartFilter(Params.uuid("id", id), false, updatedSince.toInstant());
        return Responses.page(headers, uriInfo, agenda.list(filter, paging.toRequest(AgendaService.PAGE_SCOPE, filter)));
    }

    @GET
    @Path("/{itemId}")
    @PermitAll
    @PublicCache
    @Operation(operationId = "getAgendaItem", summary = "Get an agenda item")
    @APIResponse(responseCode = "200", description = "The agenda item")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<AgendaItemDto> get(@PathParam("id") String id,
            @PathParam("itemId") @Parameter(description = "Agenda item id (UUID)") String itemId, @Context HttpHeaders headers) {
        AgendaItemDto item = agenda.get(Params.uuid("id", id), Params.uuid("itemId", itemId));
        return Responses.conditionalGet(headers, item);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "addAgendaItem", summary = "Add an agenda item",
            description = "At the position given (the items from there on move down one), or after the last item. Times "
                    + "must fall on the meeting's days; speakers must be participants of the meeting.")
    @APIResponse(responseCode = "201", description = "Added; Location names the new item",
            content = @Content(schema = @Schema(implementation = AgendaItemDto.class)))
    @APIResponse(responseCode = "409", description = "The agenda is full",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<AgendaItemDto> add(@PathParam("id") String id, @Valid @NotNull AgendaItemInput body,
            @Context UriInfo uriInfo) {
        AgendaItemDto item = agenda.add(Params.uuid("id", id), body);
        return Responses.created(uriInfo, item);
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "reorderAgendaItems", summary = "Put the agenda in a new order",
            description = "Takes the ids of all the items in the new order; they get positions 1 to n. Needs If-Match with "
                    + "the meeting's ETag, so that a reorder of a stale agenda is refused. Answers with the meeting, whose "
                    + "version moved on.")
    @APIResponse(responseCode = "200", description = "The meeting with its agenda in the new order")
    @APIResponse(responseCode = "409", description = "The ids are not exactly the agenda's items (it changed meanwhile)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MeetingDto> reorder(@PathParam("id") String id, @BeanParam IfMatchParam.Required ifMatch,
            @Valid @NotNull AgendaOrder body) {
        UUID meetingId = Params.uuid("id", id);
        agenda.reorder(meetingId, ifMatch.toPrecondition(), body.itemIds());
        MeetingDto meeting = meetings.get(meetingId, Viewer.of(identity));
        return Responses.ok(meeting);
    }

    @PATCH
    @Path("/{itemId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchAgendaItem", summary = "Change some properties of an agenda item",
            description = "JSON Merge Patch (RFC 7396). A new position moves the item; the others close up. Needs If-Match "
                    + "with the item's current ETag.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = AgendaItemInput.class), example = "{\"position\": 1}"))
    @APIResponse(responseCode = "200", description = "The agenda item as changed")
    public RestResponse<AgendaItemDto> patch(@PathParam("id") String id, @PathParam("itemId") String itemId,
            @BeanParam IfMatchParam.Required ifMatch, JsonNode patch) {
        AgendaItemDto item = agenda.patch(Params.uuid("id", id), Params.uuid("itemId", itemId), ifMatch.toPrecondition(), patch);
        return Responses.ok(item);
    }

    @DELETE
    @Path("/{itemId}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteAgendaItem", summary = "Delete an agenda item",
            description = "The items after it move up one. Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") String id, @PathParam("itemId") String itemId, @BeanParam IfMatchParam.Optional ifMatch) {
        agenda.delete(Params.uuid("id", id), Params.uuid("itemId", itemId), ifMatch.toPrecondition());
    }
}
