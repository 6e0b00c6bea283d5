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

    interface DemoData {
        /** Load the demo data set on first start; by default only on the embedded H2 database. */
        Optional<Boolean> enabled();
    }
}
