package eu.euromedjustice.security;

import java.time.Instant;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@RolesAllowed(Roles.ADMIN)
@Cache(noStore = true)
public class UserResource {

    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List accounts", description = "Accounts in username order; with updatedSince, in the order of change.")
    @APIResponse(responseCode = "200", description = "One page of accounts")
    public RestResponse<Page<UserDto>> list(@BeanParam PageParams paging, @BeanParam UpdatedSinceParam updatedSince,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        Instant since = updatedSince.toInstant();
        return Responses.page(headers, uriInfo, users.list(since, paging.toRequest(UserService.PAGE_SCOPE, since)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Get an account")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<UserDto> get(@PathParam("id") @Parameter(description = "User id (UUID)") String id,
            @Context HttpHeaders headers) {
        UserDto user = users.get(Params.uuid("id", id));
        return Responses.conditionalGet(headers, user);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create an account")
    @APIResponse(responseCode = "201", description = "Created; Location names the new account",
            content = @Content(schema = @Schema(implementation = UserDto.class)))
    @APIResponse(responseCode = "409", description = "The username is taken, or the member is erased or linked to another account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<UserDto> create(@Valid @NotNull UserInput body, @Context UriInfo uriInfo) {
        UserDto user = users.create(body);
        return Responses.created(uriInfo, user);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchUser", summary = "Change an account: username, password, roles or enabled",
            description = "JSON Merge Patch (RFC 7396). Needs If-Match with the account's current ETag. "
                    + "The last enabled administrator cannot be disabled or demoted.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = UserInput.class), example = "{\"enabled\": false}"))
    @APIResponse(responseCode = "200", description = "The account as changed")
    @APIResponse(responseCode = "409", description = "The username is taken, the member is erased or linked to another "
            + "account, or no enabled administrator would remain",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<UserDto> patch(@PathParam("id") String id,
            @BeanParam IfMatchParam.Required ifMatch,
            JsonNode patch) {
        UserDto user = users.patch(Params.uuid("id", id), ifMatch.toPrecondition(), patch);
        return Responses.ok(user);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteUser", summary = "Delete an account", description = "Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "No enabled administrator would remain",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") String id,
            @BeanParam IfMatchParam.Optional ifMatch) {
        users.delete(Params.uuid("id", id), ifMatch.toPrecondition());
    }
}
