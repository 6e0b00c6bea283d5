package eu.euromedjustice.common;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The application's own settings (prefix {@code emj}); every one is listed in the README. */
@ConfigMapping(prefix = "emj")
public interface AppConfig {

    /** Where the embedded database, generated keys and other local state live. */
    @WithDefault("./data")
    String dataDir();

    /** Language tags accepted as keys of language maps, in display order; the first is required text. */
    @WithDefault("en,fr,ar")
    List<String> languages();

    /** Password for the first administrator; random (printed once) when absent. */
    Optional<String> adminPassword();

    /** Origins of the single-page apps allowed to call the API from a browser (CORS); none by default. */
    Optional<List<String>> corsOrigins();

    DemoData demoData();

    Jwt jwt();

    Security security();

    interface DemoData {
        /** Load the demo data set on first start; by default only on the embedded H2 database. */
        Optional<Boolean> enabled();
    }

    interface Jwt {
        @WithDefault("https://euromed-justice.eu/api")
        String issuer();

        @WithDefault("PT1H")
        Duration lifetime();

        /** PEM (PKCS#8) private key; when absent a key pair is generated once into the data directory. */
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
