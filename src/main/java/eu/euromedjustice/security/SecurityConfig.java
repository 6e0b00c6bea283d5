package eu.euromedjustice.security;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Accounts, passwords and tokens (prefix {@code emj}); every setting is listed in the README. */
@ConfigMapping(prefix = "emj")
public interface SecurityConfig {

    /**
     * Password of the first administrator. Required with PostgreSQL; on the embedded database a
     * random one is printed once when absent.
     */
    Optional<String> adminPassword();

    Jwt jwt();

    Security security();

    interface Jwt {
        @WithDefault("https://euromed-justice.eu/api")
        String issuer();

        @WithDefault("PT1H")
        Duration lifetime();

        /**
         * PEM (PKCS#8) private key. Required with PostgreSQL, where instances must share it; on the
         * embedded database a pair is generated once into the data directory when absent.
         */
        Optional<String> privateKeyLocation();

        /** PEM (X.509) public key matching the private key. */
        Optional<String> publicKeyLocation();
    }

    interface Security {
        /** bcrypt cost factor for password hashes (log2 of the rounds). */
        @WithDefault("12")
        int bcryptCost();
    }
}
