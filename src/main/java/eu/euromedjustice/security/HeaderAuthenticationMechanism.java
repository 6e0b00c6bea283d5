package eu.euromedjustice.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.http.HttpFilters;
import eu.euromedjustice.common.problem.ProblemMappers;
import eu.euromedjustice.common.problem.Problems;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the caller's credentials from the request headers: "Authorization: Bearer &lt;token&gt;"
 * for {@link BearerIdentityProvider}, or an API key as "Authorization: ApiKey &lt;secret&gt;" or
 * "X-API-Key: &lt;secret&gt;" for {@link ApiKeyIdentityProvider}. One mechanism reads both headers,
 * so that it alone decides what a request carries: credentials of two kinds at once (or two API
 * keys) are refused rather than one of them chosen silently.
 */
@ApplicationScoped
public class HeaderAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";
    private static final String API_KEY = "ApiKey ";
    private static final String AMBIGUOUS = "The request carries more than one credential; send either a bearer token or "
            + "an API key, once.";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        List<String> apiKeys = context.request().headers().getAll(HttpFilters.API_KEY_HEADER);
        if (!apiKeys.isEmpty() && (authorization != null || apiKeys.size() > 1)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("ambiguous credentials",
                    Map.of(ProblemMappers.PROBLEM_DETAIL, AMBIGUOUS)));
        }
        AuthenticationRequest request;
        if (!apiKeys.isEmpty()) {
            request = new ApiKeyAuthenticationRequest(apiKeys.get(0).trim());
        } else if (authorization == null) {
            return Uni.createFrom().optional(Optional.empty());
        } else if (hasScheme(authorization, API_KEY)) {
            request = new ApiKeyAuthenticationRequest(authorization.substring(API_KEY.length()).trim());
        } else if (hasScheme(authorization, BEARER)) {
            request = new TokenAuthenticationRequest(new TokenCredential(authorization.substring(BEARER.length()).trim(), "bearer"));
        } else {
            return Uni.createFrom().failure(new AuthenticationFailedException("neither a bearer token nor an API key"));
        }
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    /** The scheme (case-insensitive, RFC 9110 section 11.1) followed by something. */
    private static boolean hasScheme(String authorization, String scheme) {
        return authorization.regionMatches(true, 0, scheme, 0, scheme.length()) && authorization.length() > scheme.length();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(),
                HttpHeaderNames.WWW_AUTHENTICATE, Problems.BEARER_CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class, ApiKeyAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
