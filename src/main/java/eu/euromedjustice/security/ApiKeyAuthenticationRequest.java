package eu.euromedjustice.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key secret as a client sent it, for {@link ApiKeyIdentityProvider}. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String secret;

    public ApiKeyAuthenticationRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }

    @Override
    public String toString() {
        return "ApiKeyAuthenticationRequest"; // never the secret
    }
}
