package eu.euromedjustice.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Verifies a bearer token and looks its user up: the tokens of a disabled or deleted account, or
 * of a changed password, stop working at once, and roles are the account's current ones.
 */
@ApplicationScoped
public class BearerIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    public static final String USER_ID = "userId";
    /** The member the account is linked to, when it is. */
    public static final String MEMBER_ID = "memberId";

    private final TokenService tokens;
    private final UserService users;

    public BearerIdentityProvider(TokenService tokens, UserService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            UserService.Caller caller = users.activeCaller(tokens.verify(request.getToken().getToken()))
                    .orElseThrow(() -> new AuthenticationFailedException("account disabled or deleted"));
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(caller.username()))
                    .addAttribute(USER_ID, caller.id());
            if (caller.memberId() != null) {
                identity.addAttribute(MEMBER_ID, caller.memberId());
            }
            caller.roles().forEach(role -> identity.addRole(role.name()));
            return identity.build();
        });
    }
}
