package eu.euromedjustice.security;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import eu.euromedjustice.common.http.IfMatchParam;
import eu.euromedjustice.common.http.Params;
import eu.euromedjustice.common.http.Responses;
import eu.euromedjustice.common.http.UpdatedSinceParam;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageParams;
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

@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API keys")
@RolesAllowed(Roles.ADMIN)
@Cache(noStore = true)
public class ApiKeyResource {

    private final ApiKeyService keys;
    private final SecurityIdentity identity;

    public ApiKeyResource(ApiKeyService keys, SecurityIdentity identity) {
        this.keys = keys;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys",
            description = "API keys, newest first, revoked ones included; never their secrets.")
    @APIResponse(responseCode = "200", description = "One page of API keys")
    public RestResponse<Page<ApiKeyDto>> list(@BeanParam PageParams paging, @BeanParam UpdatedSinceParam updatedSince,
            @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        Instant since = updatedSince.toInstant();
        return Responses.page(headers, uriInfo, keys.list(since, paging.toRequest(ApiKeyService.PAGE_SCOPE, since)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", summary = "Get an API key",
            description = "The key's metadata, never its secret. lastUsedAt is kept to the minute and changes neither "
                    + "the version nor the ETag.")
    @APIResponse(responseCode = "200", description = "The API key")
    @APIResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is current")
    public RestResponse<ApiKeyDto> get(@PathParam("id") @Parameter(description = "API key id (UUID)") String id,
            @Context HttpHeaders headers) {
        ApiKeyDto key = keys.get(Params.uuid("id", id));
        return Responses.conditionalGet(headers, key);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create an API key for a machine client",
            description = "The answer carries the key's secret, once: store it safely, it cannot be shown again (only a hash "
                    + "is kept). The client sends it as 'X-API-Key: <secret>' or 'Authorization: ApiKey <secret>' and acts "
                    + "with the key's role: PARTNER (read-only, the default), MEMBER or EDITOR, never ADMIN.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ApiKeyInput.class),
            example = "{\"name\": \"Eurojust case-management sync\", \"role\": \"PARTNER\", \"expiresAt\": \"2027-11-27T00:00:00Z\"}"))
    @APIResponse(responseCode = "201", description = "Created; Location names the new key, and the body holds its secret",
            content = @Content(schema = @Schema(implementation = ApiKeyDto.class)))
    public RestResponse<ApiKeyDto> create(@Valid @NotNull ApiKeyInput body, @Context UriInfo uriInfo) {
        ApiKeyDto key = keys.create(body, identity.<UUID>getAttribute(BearerIdentityProvider.USER_ID));
        return Responses.created(uriInfo, key);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "The key stops working at once, for good; its metadata stays, marked revoked. Revoking a revoked "
                    + "key changes nothing. Honours If-Match when sent.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") String id, @BeanParam IfMatchParam.Optional ifMatch) {
        keys.revoke(Params.uuid("id", id), ifMatch.toPrecondition());
    }
}
