package eu.euromedjustice.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is looking, as far as what they may see depends on it: the caller's roles and the member
 * its account is linked to, if any. Anonymous callers have no roles.
 */
public record Viewer(Set<Role> roles, UUID memberId) {

    public static Viewer of(SecurityIdentity identity) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (identity.hasRole(role.name())) {
                roles.add(role);
            }
        }
        return new Viewer(roles, identity.isAnonymous() ? null : identity.getAttribute(BearerIdentityProvider.MEMBER_ID));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when this is the account linked to that member. */
    public boolean isMember(UUID personId) {
        return memberId != null && memberId.equals(personId);
    }

    /** Editors and administrators, who see and write everything. */
    public boolean isStaff() {
        return has(Role.EDITOR) || has(Role.ADMIN);
    }
}
