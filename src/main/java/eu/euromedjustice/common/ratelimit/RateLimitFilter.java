package eu.euromedjustice.common.ratelimit;

import jakarta.ws.rs.container.ContainerRequestContext;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies {@link RateLimits} to every request of the API before anything else of the REST layer
 * (matching, security checks, the resource), so that unknown paths, refused tokens and forbidden
 * calls count too, and the 429 is a problem like every other error. Health and Swagger UI are not
 * REST resources and are not limited.
 *
 * <p>Hand-written because Quarkus has no rate limiting of its own. Authentication is lazy
 * (quarkus.http.auth.proactive=false), so the caller is established here; it is the same deferred
 * identity the security checks use later, established once per request. A token that fails
 * authentication is counted against the address and left for the security checks to refuse
 * with the usual 401.
 */
public class RateLimitFilter {

    private final RateLimits limits;
    private final CurrentIdentityAssociation identities;

    public RateLimitFilter(RateLimits limits, CurrentIdentityAssociation identities) {
        this.limits = limits;
        this.identities = identities;
    }

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Uni<Void> limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!limits.enabled() || !request.path().startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithItem((SecurityIdentity) null)
                .invoke(caller -> limits.admit(caller, request))
                .replaceWithVoid();
    }
}
