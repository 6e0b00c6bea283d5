package eu.euromedjustice.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import eu.euromedjustice.common.persistence.DatabaseKind;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/** Every start: make sure someone can log in and manage accounts. */
@ApplicationScoped
public class AdminBootstrap {

    public static final String ADMIN_USERNAME = "admin";

    void onStart(@Observes @Priority(10) StartupEvent event, UserService users, SecurityConfig config, DatabaseKind database) {
        String password = config.adminPassword().orElse(null);
        boolean generated = password == null;
        if (generated && !database.embedded()) {
            // a generated password would be printed by each instance, and only one of them would count
            throw new IllegalStateException("With PostgreSQL, set EMJ_ADMIN_PASSWORD (12 to 72 characters)");
        }
        if (generated) {
            password = PasswordHasher.randomPassword();
        } else if (!PasswordHasher.isAcceptable(password)) {
            throw new IllegalStateException("EMJ_ADMIN_PASSWORD must be 12 to 72 characters long (at most 72 bytes)");
        }
        if (!users.ensureAdministrator(ADMIN_USERNAME, password)) {
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
