package eu.euromedjustice.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

/** An account. The password is kept only as a bcrypt hash, which never leaves this package. */
@Entity
@Table(name = "app_user")
public class User extends VersionedEntity implements Tracked {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(nullable = false, unique = true)
    String username;

    @Column(name = "password_hash", nullable = false)
    String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    boolean enabled;

    /** The member this account belongs to, if any; one account per member. */
    @Column(name = "member_id")
    UUID memberId;

    /** Tokens carry the generation they were issued in; advancing it ends all earlier tokens for good. */
    @Column(name = "token_generation", nullable = false)
    long tokenGeneration;

    /** Ends every token issued so far: on a disable, a password change, or "log out everywhere". */
    void endTokens() {
        tokenGeneration++;
    }

    @Override
    public EntityType entityType() {
        return EntityType.USER;
    }

    @Override
    public String entityId() {
        return id.toString();
    }

    @Override
    public String path() {
        return "/api/v1/users/" + id;
    }

    @Override
    public UUID personId() {
        return memberId;
    }
}
