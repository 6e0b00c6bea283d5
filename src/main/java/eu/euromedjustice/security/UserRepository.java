package eu.euromedjustice.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    public Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Users in username order after the given username (roles follow in batches, see fetch.batch-size). */
    public List<User> findPage(String afterUsername, int size) {
        if (afterUsername == null) {
            return find("order by username").page(0, size).list();
        }
        return find("username > ?1 order by username", afterUsername).page(0, size).list();
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
