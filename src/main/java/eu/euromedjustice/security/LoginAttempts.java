package eu.euromedjustice.security;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.AppConfig;
import eu.euromedjustice.common.problem.TooManyRequestsException;
import eu.euromedjustice.common.ratelimit.TokenBuckets;

/**
 * Slows password guessing down: login attempts are counted per username, wherever they come
 * from, and per address, whatever username they name, before any password is checked, so a
 * refused attempt costs no bcrypt run. Every attempt counts, right or wrong, so the answer does
 * not tell whether a guess was right. In memory, per instance (see RateLimits).
 */
@ApplicationScoped
public class LoginAttempts {

    private final boolean enabled;
    private final TokenBuckets perUsername;
    private final TokenBuckets perAddress;

    public LoginAttempts(AppConfig config) {
        AppConfig.RateLimit limits = config.rateLimit();
        this.enabled = limits.enabled();
        this.perUsername = new TokenBuckets(limits.loginPerUsernamePerMinute(), limits.loginPerUsernamePerMinute(),
                limits.maxClients());
        this.perAddress = new TokenBuckets(limits.loginPerAddressPerMinute(), limits.loginPerAddressPerMinute(),
                limits.maxClients());
    }

    /**
     * Counts an attempt.
     *
     * @param address the client's address key (ClientAddress)
     * @throws TooManyRequestsException when the address or the username has no attempt left
     */
    public void admit(String address, String username) {
        if (!enabled) {
            return;
        }
        long wait = perAddress.take(address);
        if (wait > 0) {
            throw new TooManyRequestsException("More than " + perAddress.perMinute()
                    + " login attempts a minute came from this address; retry after the seconds in Retry-After.", wait);
        }
        // one bucket for the name however it is written, so that "Admin" cannot add attempts to "admin"
        wait = perUsername.take(username.trim().toLowerCase(Locale.ROOT));
        if (wait > 0) {
            throw new TooManyRequestsException("More than " + perUsername.perMinute()
                    + " login attempts a minute named this username; retry after the seconds in Retry-After.", wait);
        }
    }
}
