package eu.euromedjustice.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import eu.euromedjustice.common.AppConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/** First start: make sure someone can log in and manage accounts. */
@ApplicationScoped
public class AdminBootstrap {

    public static final String ADMIN_USERNAME = "admin";

    void onStart(@Observes @Priority(10) StartupEvent event, UserService users, AppConfig config) {
        if (users.anyAdmin()) {
            return;
        }
        String password = config.adminPassword().orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = PasswordHasher.randomPassword();
        } else if (password.length() < 12) {
            throw new IllegalStateException("EMJ_ADMIN_PASSWORD must be at least 12 characters long");
        }
        if (!users.createIfAbsent(ADMIN_USERNAME, password, Role.ADMIN)) {
            Log.errorf("No administrator exists and the username '%s' is taken by another account", ADMIN_USERNAME);
            return;
        }
        if (generated) {
            // shown once, on purpose: the only way to learn a generated password
            Log.warnf("Created administrator '%s' with generated password: %s", ADMIN_USERNAME, password);
        } else {
            Log.infof("Created administrator '%s' with the password from EMJ_ADMIN_PASSWORD", ADMIN_USERNAME);
        }
    }
}
