package eu.euromedjustice.security;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import eu.euromedjustice.common.http.ApiConventionsFilter;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.common.problem.ProblemType;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
@Authenticated
@Cache(noStore = true)
public class MeResource {

    private final UserService users;
    private final SecurityIdentity identity;

    public MeResource(UserService users, SecurityIdentity identity) {
        this.users = users;
        this.identity = identity;
    }

    @GET
    @Extension(name = ApiConventionsFilter.BEARER_ONLY, value = "true")
    @Operation(operationId = "getMe", summary = "The account the bearer token belongs to",
            description = "Who the caller is and which roles it has now (role changes apply to existing tokens at once); "
                    + "when the account is linked to a member, that member is embedded as the caller may see it. "
                    + "An API key has no account (403).")
    @APIResponse(responseCode = "200", description = "The caller's account")
    public UserDto me() {
        return users.me(account(), Viewer.of(identity));
    }

    @POST
    @Path("/logout-all")
    @Extension(name = ApiConventionsFilter.BEARER_ONLY, value = "true")
    @Operation(operationId = "logOutEverywhere", summary = "Log out everywhere: end every token of this account",
            description = "Every token issued to the account so far stops working at once, this one included; "
                    + "log in again to get a new one. An API key has no account (403).")
    @APIResponse(responseCode = "204", description = "All tokens of the account are ended")
    public void logOutEverywhere() {
        users.logOutEverywhere(account());
    }

    /** The caller's account; a caller with an API key has none. */
    private UUID account() {
        UUID id = identity.getAttribute(BearerIdentityProvider.USER_ID);
        if (id == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "An API key has no account; this operation needs a bearer token.");
        }
        return id;
    }
}
