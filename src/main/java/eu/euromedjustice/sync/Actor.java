package eu.euromedjustice.sync;

import java.util.stream.Collectors;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.logging.MDC;

/** Who made a change: the signed-in user or API key of the request, or the service itself (start-up, demo data). */
record Actor(String name, ActorType type, String roles, String requestId) {

    /** The identity attribute by which an API key's identity is told from a user's. */
    static final String API_KEY_ATTRIBUTE = "apiKeyId";

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
        ActorType type = identity.getAttribute(API_KEY_ATTRIBUTE) != null ? ActorType.API_KEY : ActorType.USER;
        String roles = identity.getRoles().stream().sorted().collect(Collectors.joining(","));
        return new Actor(identity.getPrincipal().getName(), type, roles, requestId.toString());
    }
}
