package eu.euromedjustice.sync;

import java.util.stream.Collectors;

import eu.euromedjustice.security.ApiKeyIdentityProvider;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.logging.MDC;

/** Who made a change: the signed-in user or API key of the request, or the service itself (start-up, demo data). */
record Actor(String name, ActorType type, String roles, String requestId) {

    static final String SYSTEM = "system";

    static Actor current() {
        Object requestId = MDC.get("requestId");
        if (requestId == null || !Arc.container().requestContext().isActive()) {
            return new Actor(SYSTEM, ActorType.SYSTEM, "", null);
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        if (identity.isAnonymous()) {
            return new Actor("anonymous", ActorType.ANONYMOUS, "", requestId.toString());
        }
        ActorType type = identity.getAttribute(ApiKeyIdentityProvider.API_KEY_ID) != null ? ActorType.API_KEY : ActorType.USER;
        String roles = identity.getRoles().stream().sorted().collect(Collectors.joining(","));
        return new Actor(identity.getPrincipal().getName(), type, roles, requestId.toString());
    }
}
