package eu.euromedjustice.security;

import java.util.Set;

/** Entity to record for accounts: the one place that copies fields, and never the hash. */
final class UserMapper {

    private UserMapper() {
    }

    static UserDto toDto(User user) {
        return new UserDto(user.id, user.username, user.roles.stream().sorted().toList(), user.enabled, user.memberId, null, user.version(),
                user.createdAt(), user.updatedAt());
    }

    /** The current state as a merge patch target; the password stays unset unless the patch sets it. */
    static UserInput toInput(User user) {
        return new UserInput(user.username, null, Set.copyOf(user.roles), user.enabled, user.memberId);
    }
}
