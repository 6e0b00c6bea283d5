package eu.euromedjustice.security;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import eu.euromedjustice.common.problem.Problem;
import eu.euromedjustice.common.ratelimit.ClientAddress;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;

@Path("/api/v1/auth/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
@PermitAll
@Cache(noStore = true)
public class AuthResource {

    private final UserService users;

    public AuthResource(UserService users) {
        this.users = users;
    }

    @POST
    @Operation(operationId = "createToken", summary = "Log in: exchange username and password for an access token",
            description = "Send the token as 'Authorization: Bearer <accessToken>'. It stops working when it expires, when the "
                    + "account is disabled, its password changes, or its owner logs out everywhere.")
    @APIResponse(responseCode = "200", description = "An access token")
    @APIResponse(responseCode = "401", description = "Wrong username or password, or a disabled account (not told apart)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many login attempts for this username (from anywhere) or from "
            + "this address (for any username), or too many requests from this address; retry after the seconds in Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TokenDto token(@Valid @NotNull TokenRequest body, @Context HttpServerRequest request) {
        return users.login(body, ClientAddress.of(request));
    }
}
