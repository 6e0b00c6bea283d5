package eu.euromedjustice.common;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The application's own general settings (prefix {@code emj}); every one is listed in the README.
 * Security settings live with security ({@code SecurityConfig}).
 */
@ConfigMapping(prefix = "emj")
public interface AppConfig {

    /** Where the embedded database, generated keys and other local state live. */
    @WithDefault("./data")
    String dataDir();

    /** Origins of the single-page apps allowed to call the API from a browser (CORS); none by default. */
    Optional<List<String>> corsOrigins();

    DemoData demoData();

    RateLimit rateLimit();

    interface DemoData {
        /** Load the demo data set on first start; by default only on the embedded H2 database. */
        Optional<Boolean> enabled();
    }

    /**
     * Requests per client and login attempts ({@code emj.rate-limit.*}), counted in memory by each
     * instance. A client is the signed-in account, the API key, or else the address the request
     * came from (an IPv6 address by its /64 network).
     */
    interface RateLimit {
        /** Off only where something in front of the service limits requests already. */
        @WithDefault("true")
        boolean enabled();

        /** Requests a minute of a signed-in account or an API key, in the long run. */
        @WithDefault("600")
        int signedInPerMinute();

        /** Requests a signed-in account or an API key may make at once, above the rate. */
        @WithDefault("120")
        int signedInBurst();

        /** Requests a minute from one address without (valid) credentials. */
        @WithDefault("120")
        int anonymousPerMinute();

        @WithDefault("60")
        int anonymousBurst();

        /** Login attempts (POST /api/v1/auth/token) a minute for one username, from wherever they come. */
        @WithDefault("10")
        int loginPerUsernamePerMinute();

        /** Login attempts a minute from one address, whatever the username. */
        @WithDefault("30")
        int loginPerAddressPerMinute();

        /**
         * Clients tracked at most by each limit; past it the least useful buckets go first. A
         * bucket that refilled is dropped anyway, since a new one is the same.
         */
        @WithDefault("20000")
        int maxClients();
    }
}
