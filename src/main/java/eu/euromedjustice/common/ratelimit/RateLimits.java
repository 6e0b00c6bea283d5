package eu.euromedjustice.common.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.AppConfig;
import eu.euromedjustice.common.problem.TooManyRequestsException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Requests per client of the API: a signed-in account and an API key each have a bucket of their
 * own, anyone else shares one with everyone calling from the same address. Buckets live in the
 * memory of each instance, so with N instances behind a load balancer a client may get up to N
 * times the configured rate.
 */
@ApplicationScoped
public class RateLimits {

    /** The identity attribute of the account behind a bearer token (BearerIdentityProvider.USER_ID). */
    static final String USER_ID = "userId";
    /** The identity attribute of a partner system's API key. */
    static final String API_KEY_ID = "apiKeyId";

    private final boolean enabled;
    private final TokenBuckets signedIn;
    private final TokenBuckets anonymous;

    public RateLimits(AppConfig config) {
        AppConfig.RateLimit limits = config.rateLimit();
        this.enabled = limits.enabled();
        this.signedIn = new TokenBuckets(limits.signedInPerMinute(), limits.signedInBurst(), limits.maxClients());
        this.anonymous = new TokenBuckets(limits.anonymousPerMinute(), limits.anonymousBurst(), limits.maxClients());
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Takes a token for one request.
     *
     * @param caller who made it, or null when no identity could be established (a bad token:
     *        the request goes on to be refused with 401, but counts against its address)
     * @throws TooManyRequestsException when the client's bucket is empty
     */
    public void admit(SecurityIdentity caller, HttpServerRequest request) {
        if (!enabled) {
            return;
        }
        String client = signedInClient(caller);
        if (client != null) {
            long wait = signedIn.take(client);
            if (wait > 0) {
                throw new TooManyRequestsException("This account or API key has made more than " + signedIn.perMinute()
                        + " requests a minute (bursts of " + signedIn.burst() + "); retry after the seconds in Retry-After.", wait);
            }
            return;
        }
        long wait = anonymous.take(ClientAddress.of(request));
        if (wait > 0) {
            throw new TooManyRequestsException("More than " + anonymous.perMinute() + " requests a minute (bursts of "
                    + anonymous.burst() + ") came from this address without a valid token; sign in for a higher limit, "
                    + "or retry after the seconds in Retry-After.", wait);
        }
    }

    /** The bucket key of an API key or account, or null for an anonymous caller. */
    static String signedInClient(SecurityIdentity caller) {
        if (caller == null || caller.isAnonymous()) {
            return null;
        }
        Object apiKey = caller.getAttribute(API_KEY_ID);
        if (apiKey != null) {
            return "key:" + apiKey;
        }
        Object user = caller.getAttribute(USER_ID);
        return user != null ? "user:" + user : "principal:" + caller.getPrincipal().getName();
    }
}
