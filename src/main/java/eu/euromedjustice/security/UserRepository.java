package eu.euromedjustice.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    public Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public Optional<User> findByMember(UUID memberId) {
        return find("memberId", memberId).firstResultOptional();
    }

    private static final Keyset<User> BY_USERNAME = Keyset.of(Keyset.key("username", Function.identity(), user -> user.username));
    /** For sync: in the order of change, served by app_user_updated_idx. */
    private static final Keyset<User> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, User::updatedAt),
            Keyset.key("id", UUID::fromString, user -> user.id));

    /**
     * Users in username order, those changed since an instant in the order of change (roles follow
     * in batches, see fetch.batch-size).
     */
    public Page<User> findPage(Instant updatedSince, PageRequest page) {
        return KeysetQuery.of(updatedSince == null ? BY_USERNAME : BY_CHANGE, page)
                .and("updatedAt >= :since", "since", updatedSince)
                .fetch(this);
    }

    public long countActiveAdmins() {
        return count("select count(u) from User u join u.roles r where u.enabled = true and r = ?1", Role.ADMIN);
    }

    /**
     * Serialises the changes that could remove the last enabled administrator: every such change
     * takes this lock first, so their checks cannot interleave.
     */
    public void lockAdminGuard() {
        getEntityManager().createNativeQuery("select setting_value from app_setting where name = 'admin-guard' for update")
                .getResultList();
    }
}
