package eu.euromedjustice.reference;

import java.time.Instant;
import java.util.regex.Pattern;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/expert-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Expert groups")
public class ExpertGroupResource {

    private static final Pattern CODE = Pattern.compile(ExpertGroupInput.CODE_PATTERN);
    private static final String CODE_DESCRIPTION = "Expert group code";

    private final ExpertGroupService groups;

    public ExpertGroupResource(ExpertGroupService groups) {
        this.groups = groups;
    }

    @GET
    @PermitAll
    @PublicCache
    @Operation(operationId = "listExpertGroups", summary = "List expert groups", description = "Expert groups in code order.")
    @APIResponse(responseCode = "200", description = "One page of expert groups")
    public RestResponse<Page<ExpertGroupDto>> list(@BeanParam PageParams paging,
            @BeanParam UpdatedSinceParam updatedSince,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        Instant since = updatedSince.toInstant();
        return Responses.page(headers, uriInfo, groups.list(since, paging.toRequest(ExpertGroupService.PAGE_SCOPE, since)));
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @PublicCache
    @Operation(operationId = "getExpertGroup", summary = "Get an expert group by its code",
            description = "Public reference data: the group's name, mandate, period and programme.")
    @APIResponse(responseCode = "200", description = "The expert group")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<ExpertGroupDto> get(
            @PathParam("code") @Parameter(description = CODE_DESCRIPTION, example = "CRIMEX",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32, pattern = "^" + ExpertGroupInput.CODE_PATTERN + "$")) String code,
            @Context HttpHeaders headers) {
        ExpertGroupDto group = groups.get(code(code));
        return Responses.conditionalGet(headers, group);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "createExpertGroup", summary = "Create an expert group")
    @APIResponse(responseCode = "201", description = "Created; Location names the new expert group",
            content = @Content(schema = @Schema(implementation = ExpertGroupDto.class)))
    @APIResponse(responseCode = "409", description = "An expert group with this code exists already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ExpertGroupDto> create(@Valid @NotNull ExpertGroupInput body, @Context UriInfo uriInfo) {
        ExpertGroupDto group = groups.create(body);
        return Responses.created(uriInfo, group);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{code}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "replaceExpertGroup", summary = "Replace an expert group",
            description = "The code cannot change. Needs If-Match with the expert group's current ETag.")
    @APIResponse(responseCode = "200", description = "The expert group as replaced")
    public RestResponse<ExpertGroupDto> replace(
            @PathParam("code") @Parameter(description = CODE_DESCRIPTION, example = "CRIMEX",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32, pattern = "^" + ExpertGroupInput.CODE_PATTERN + "$")) String code,
            @BeanParam IfMatchParam.Required ifMatch,
            @Valid @NotNull ExpertGroupInput body) {
        ExpertGroupDto group = groups.replace(code(code), ifMatch.toPrecondition(), body);
        return Responses.ok(group);
    }

    @PATCH
    @Path("/{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "patchExpertGroup", summary = "Change some properties of an expert group",
            description = "JSON Merge Patch (RFC 7396). Needs If-Match with the expert group's current ETag.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ExpertGroupInput.class), example = "{\"endDate\": \"2019-06-30\"}"))
    @APIResponse(responseCode = "200", description = "The expert group as changed")
    public RestResponse<ExpertGroupDto> patch(
            @PathParam("code") @Parameter(description = CODE_DESCRIPTION, example = "CRIMEX",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32, pattern = "^" + ExpertGroupInput.CODE_PATTERN + "$")) String code,
            @BeanParam IfMatchParam.Required ifMatch,
            JsonNode patch) {
        ExpertGroupDto group = groups.patch(code(code), ifMatch.toPrecondition(), patch);
        return Responses.ok(group);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(operationId = "deleteExpertGroup", summary = "Delete an expert group",
            description = "An expert group that memberships refer to cannot be deleted. Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Something still refers to the expert group; the detail names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(
            @PathParam("code") @Parameter(description = CODE_DESCRIPTION, example = "CRIMEX",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 32, pattern = "^" + ExpertGroupInput.CODE_PATTERN + "$")) String code,
            @BeanParam IfMatchParam.Optional ifMatch) {
        groups.delete(code(code), ifMatch.toPrecondition());
    }

    private static String code(String raw) {
        return Params.matching("code", raw, CODE, ExpertGroupInput.CODE_MESSAGE);
    }
}
