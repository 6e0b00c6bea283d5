package eu.euromedjustice.security;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.persistence.ReferenceCheck;
import eu.euromedjustice.common.persistence.References;
import eu.euromedjustice.member.Person;

/** An account refers to the member it is linked to. */
@ApplicationScoped
public class AccountReferences implements ReferenceCheck {

    private final UserRepository users;

    public AccountReferences(UserRepository users) {
        this.users = users;
    }

    @Override
    public List<String> referencesTo(Class<?> target, Object key) {
        return target == Person.class ? References.counted(users.count("memberId", (UUID) key), "account", "accounts") : List.of();
    }
}
