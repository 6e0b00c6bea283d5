package eu.euromedjustice.fiche;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.IfMatchParam;
import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.security.Roles;
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

/** The working draft of a fiche and its workflow: members draft and submit, editors publish. */
@Path("/api/v1/fiches/{country}/{measure}/draft")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fiches")
@Cache(isPrivate = true, noCache = true) // members only: never in a shared cache
public class FicheDraftResource {

    private static final String CONFLICT = "The draft is not in the state this step needs; the detail says which it is";

    private final FicheWorkflow workflow;
    private final SecurityIdentity identity;

    public FicheDraftResource(FicheWorkflow workflow, SecurityIdentity identity) {
        this.workflow = workflow;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "getFicheDraft", summary = "Get the working draft of a fiche")
    @APIResponse(responseCode = "200", description = "The draft")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<FicheDraftDto> get(@BeanParam FicheKey key, @Context HttpHeaders headers) {
        return Responses.conditionalGet(headers, workflow.draft(key.country(), key.measure()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "putFicheDraft", summary = "Create or replace the working draft of a fiche",
            description = "Without If-Match, creates the draft (from scratch: copy the current revision's content to start from it). "
                    + "Once it exists, needs If-Match with the draft's ETag. Its status stays as it is.")
    @APIResponse(responseCode = "200", description = "The draft as replaced")
    @APIResponse(responseCode = "201", description = "Created; Location is the draft's own URL",
            content = @Content(schema = @Schema(implementation = FicheDraftDto.class)))
    @APIResponse(responseCode = "409", description = "Another draft of the fiche was created at the same moment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FicheDraftDto> put(@BeanParam FicheKey key, @BeanParam IfMatchParam.WhenExists ifMatch,
            @Valid @NotNull FicheDraftInput body, @Context UriInfo uriInfo) {
        FicheWorkflow.DraftWrite write = workflow.putDraft(key.country(), key.measure(), ifMatch.toPreconditionOrNull(), body, actor());
        return write.created() ? Responses.createdHere(uriInfo, write.draft()) : Responses.ok(write.draft());
    }

    @PATCH
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchFicheDraft", summary = "Change some properties of the working draft",
            description = "JSON Merge Patch (RFC 7396); objects merge, so {\"content\": {\"possibility\": \"NO\"}} changes one field. "
                    + "Needs If-Match with the draft's current ETag.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = FicheDraftInput.class), example = "{\"content\": {\"executionDeadline\": \"P30D\"}}"))
    @APIResponse(responseCode = "200", description = "The draft as changed")
    public RestResponse<FicheDraftDto> patch(@BeanParam FicheKey key, @BeanParam IfMatchParam.Required ifMatch, JsonNode patch) {
        return Responses.ok(workflow.patchDraft(key.country(), key.measure(), ifMatch.toPrecondition(), patch, actor()));
    }

    @DELETE
    @RolesAllowed({Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteFicheDraft", summary = "Discard the working draft",
            description = "The published revisions are untouched; a fiche never published goes with its draft. Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Discarded")
    public void delete(@BeanParam FicheKey key, @BeanParam IfMatchParam.Optional ifMatch) {
        workflow.deleteDraft(key.country(), key.measure(), ifMatch.toPrecondition());
    }

    @POST
    @Path("/submit")
    @RolesAllowed({Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "submitFicheDraft", summary = "Submit the draft for review: DRAFT to IN_REVIEW",
            description = "Honours If-Match (the draft's ETag) when sent.")
    @APIResponse(responseCode = "200", description = "The draft, now IN_REVIEW")
    @APIResponse(responseCode = "409", description = CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FicheDraftDto> submit(@BeanParam FicheKey key, @BeanParam IfMatchParam.Optional ifMatch) {
        return Responses.ok(workflow.submit(key.country(), key.measure(), ifMatch.toPrecondition(), actor()));
    }

    @POST
    @Path("/return")
    @RolesAllowed({Roles.MEMBER, Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "returnFicheDraft", summary = "Send the draft back from review: IN_REVIEW to DRAFT",
            description = "Its author withdraws it, or a reviewer asks for changes. Honours If-Match (the draft's ETag) when sent.")
    @APIResponse(responseCode = "200", description = "The draft, now DRAFT")
    @APIResponse(responseCode = "409", description = CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FicheDraftDto> returnToDraft(@BeanParam FicheKey key, @BeanParam IfMatchParam.Optional ifMatch) {
        return Responses.ok(workflow.returnToDraft(key.country(), key.measure(), ifMatch.toPrecondition()));
    }

    @POST
    @Path("/publish")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "publishFicheDraft", summary = "Publish the draft in review as the fiche's next revision",
            description = "The draft becomes the next immutable, numbered revision, current from validFrom (default today; not in the "
                    + "future, not before the revision it replaces), and is gone. Honours If-Match (the draft's ETag) when sent.")
    @APIResponse(responseCode = "200", description = "The fiche as now published")
    @APIResponse(responseCode = "409", description = CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FicheDto> publish(@BeanParam FicheKey key, @BeanParam IfMatchParam.Optional ifMatch,
            @QueryParam("validFrom") @Parameter(description = "The first day the revision is valid; default today", example = "2026-12-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10)) String validFrom) {
        return Responses.ok(workflow.publish(key.country(), key.measure(), ifMatch.toPrecondition(), Params.date("validFrom", validFrom),
                actor()));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
