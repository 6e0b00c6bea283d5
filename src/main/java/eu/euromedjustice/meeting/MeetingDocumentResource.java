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

/** A meeting's documents; non-public ones exist only for MEMBER and above. */
@Path("/api/v1/meetings/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@Cache(isPrivate = true, noCache = true) // what is shown depends on the caller
public class MeetingDocumentResource {

    private final MeetingDocumentService documents;
    private final SecurityIdentity identity;

    public MeetingDocumentResource(MeetingDocumentService documents, SecurityIdentity identity) {
        this.documents = documents;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Extension(name = ApiConventionsFilter.OPTIONAL_SIGN_IN, value = "true")
    @Operation(operationId = "listMeetingDocuments", summary = "List a meeting's documents",
            description = "Oldest first; with updatedSince, in the order of change. Non-public ones for MEMBER and above only.")
    @APIResponse(responseCode = "200", description = "One page of documents")
    public RestResponse<Page<MeetingDocumentDto>> list(@PathParam("id") @Parameter(description = "Meeting id (UUID)") String id,
            @BeanParam PageParams paging, @BeanParam UpdatedSinceParam updatedSince, @Context HttpHeaders headers,
            @Context UriInfo uriInfo) {
        Viewer viewer = viewer();
        // those who see non-public documents page through another list than the others
        MeetingPartFilter filter = new MeetingPartFilter(Params.uuid("id", id), !MeetingService.seesAllDocuments(viewer),
                updatedSince.toInstant());
        // a document looks the same to all who may see it, and which ones a caller sees shows in the page's ids: the
        // ETag needs no viewer
        return Responses.page(headers, uriInfo,
                documents.list(filter, paging.toRequest(MeetingDocumentService.PAGE_SCOPE, filter), viewer));
    }

    @GET
    @Path("/{documentId}")
    @PermitAll
    @Extension(name = ApiConventionsFilter.OPTIONAL_SIGN_IN, value = "true")
    @Operation(operationId = "getMeetingDocument", summary = "Get a meeting document",
            description = "A non-public document is not found for callers below MEMBER.")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<MeetingDocumentDto> get(@PathParam("id") String id,
            @PathParam("documentId") @Parameter(description = "Document id (UUID)") String documentId,
            @Context HttpHeaders headers) {
        MeetingDocumentDto document = documents.get(Params.uuid("id", id), Params.uuid("documentId", documentId), viewer());
        return Responses.conditionalGet(headers, document);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "addMeetingDocument", summary = "Add a document to a meeting",
            description = "Linked by an http or https URL; not public unless said so.")
    @APIResponse(responseCode = "201", description = "Added; Location names the new document",
            content = @Content(schema = @Schema(implementation = MeetingDocumentDto.class)))
    @APIResponse(responseCode = "409", description = "The meeting has as many documents as it may have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<MeetingDocumentDto> add(@PathParam("id") String id, @Valid @NotNull MeetingDocumentInput body,
            @Context UriInfo uriInfo) {
        MeetingDocumentDto document = documents.add(Params.uuid("id", id), body);
        return Responses.created(uriInfo, document);
    }

    @PATCH
    @Path("/{documentId}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchMeetingDocument", summary = "Change some properties of a meeting document",
            description = "JSON Merge Patch (RFC 7396). Needs If-Match with the document's current ETag.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = MeetingDocumentInput.class), example = "{\"public\": true}"))
    @APIResponse(responseCode = "200", description = "The document as changed")
    public RestResponse<MeetingDocumentDto> patch(@PathParam("id") String id, @PathParam("documentId") String documentId,
            @BeanParam IfMatchParam.Required ifMatch, JsonNode patch) {
        MeetingDocumentDto document = documents.patch(Params.uuid("id", id), Params.uuid("documentId", documentId),
                ifMatch.toPrecondition(), patch);
        return Responses.ok(document);
    }

    @DELETE
    @Path("/{documentId}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteMeetingDocument", summary = "Delete a meeting document",
            description = "Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") String id, @PathParam("documentId") String documentId,
            @BeanParam IfMatchParam.Optional ifMatch) {
        documents.delete(Params.uuid("id", id), Params.uuid("documentId", documentId), ifMatch.toPrecondition());
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }
}
