package eu.euromedjustice.security;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.problem.ProblemMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Checks an API key and gives its caller the key's role, as "apikey:&lt;prefix&gt;". A revoked,
 * expired, unknown or malformed key fails authentication (401).
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    /** The id (UUID) of the key a caller authenticated with; callers with a bearer token have none. */
    public static final String API_KEY_ID = "apiKeyId";
    /** Principal names of API key callers start with this, followed by the key's prefix. */
    public static final String PRINCIPAL_PREFIX = "apikey:";
    static final String INVALID = "The API key is unknown, malformed, expired or revoked.";

    private final ApiKeyService keys;

    public ApiKeyIdentityProvider(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ApiKeyService.Caller caller = keys.authenticate(request.secret()).orElseThrow(
                    () -> new AuthenticationFailedException("invalid API key", Map.of(ProblemMappers.PROBLEM_DETAIL, INVALID)));
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(PRINCIPAL_PREFIX + caller.prefix()))
                    .addAttribute(API_KEY_ID, caller.id())
                    .addRole(caller.role().name())
                    .build();
        });
    }
}
