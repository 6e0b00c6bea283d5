package eu.euromedjustice.security;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
@Authenticated
public class MeResource {

    private final UserService users;
    private final SecurityIdentity identity;

    public MeResource(UserService users, SecurityIdentity identity) {
        this.users = users;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "getMe", summary = "The account the bearer token belongs to")
    @APIResponse(responseCode = "200", description = "The caller's account")
    public UserDto me() {
        return users.get(identity.<UUID>getAttribute(BearerIdentityProvider.USER_ID));
    }
}
