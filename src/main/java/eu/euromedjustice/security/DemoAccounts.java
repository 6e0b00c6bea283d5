package eu.euromedjustice.security;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.demo.DemoDataContributor;
import io.quarkus.logging.Log;

/** One demo account per role besides the administrator, each with a random password shown once. */
@ApplicationScoped
public class DemoAccounts implements DemoDataContributor {

    private final UserService users;

    public DemoAccounts(UserService users) {
        this.users = users;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void load() {
        for (Role role : new Role[] {Role.EDITOR, Role.MEMBER, Role.PARTNER}) {
            String username = "demo-" + role.name().toLowerCase(java.util.Locale.ROOT);
            String password = PasswordHasher.randomPassword();
            if (users.createIfAbsent(username, password, role)) {
                // shown once, on purpose: the README tells newcomers to look for these lines
                Log.warnf("Created demo account '%s' (%s) with generated password: %s", username, role, password);
            }
        }
    }
}
