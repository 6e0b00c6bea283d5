package eu.euromedjustice.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.common.problem.ProblemType;
import eu.euromedjustice.member.MemberService;

@ApplicationScoped
public class UserService {

    public static final String PAGE_SCOPE = "users";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final MergePatch mergePatch;
    private final MemberService members;
    private final LoginAttempts attempts;

    public UserService(UserRepository users, PasswordHasher hasher, TokenService tokens, MergePatch mergePatch,
            MemberService members, LoginAttempts attempts) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.mergePatch = mergePatch;
        this.members = members;
        this.attempts = attempts;
    }

    /**
     * Exchanges credentials for a token; every failure looks the same to the caller. An attempt
     * over the limits of its address or username is refused before any password is checked.
     *
     * @param address the caller's address key (ClientAddress)
     */
    @ActivateRequestContext
    public TokenDto login(TokenRequest credentials, String address) {
        attempts.admit(address, credentials.username());
        Optional<User> user = users.findByUsername(credentials.username());
        boolean valid = user.isPresent()
                ? hasher.matches(credentials.password(), user.get().passwordHash) && user.get().enabled
                : hasher.matchesNothing(credentials.password());
        if (!valid) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "The username or password is wrong, or the account is disabled.");
        }
        return tokens.issue(user.get().id, user.get().username, user.get().roles, user.get().tokenGeneration);
    }

    /** The caller behind a verified token, if the account still exists, is enabled and the token is of its current generation. */
    @ActivateRequestContext
    public Optional<Caller> activeCaller(TokenService.Subject subject) {
        return users.findByIdOptional(subject.userId()).filter(user -> user.enabled)
                .filter(user -> user.tokenGeneration == subject.generation())
                .map(user -> new Caller(user.id, user.username, Set.copyOf(user.roles), user.memberId));
    }

    public Page<UserDto> list(Instant updatedSince, PageRequest page) {
        return users.findPage(updatedSince, page).map(UserMapper::toDto);
    }

    public UserDto get(UUID id) {
        return UserMapper.toDto(find(id));
    }

    @Transactional
    public UserDto create(UserInput input) {
        if (input.password() == null) {
            throw ProblemException.invalidField("password", "must not be null");
        }
        requireFreeUsername(input.username(), null);
        requireLinkableMember(input.memberId(), null, false);
        User user = new User();
        user.username = input.username();
        apply(input, user);
        users.persistAndFlush(user);
        return UserMapper.toDto(user);
    }

    @Transactional
    public UserDto patch(UUID id, IfMatch ifMatch, JsonNode patch) {
        users.lockAdminGuard();
        User user = find(id);
        ifMatch.check(user.version());
        UserInput input = mergePatch.apply(UserMapper.toInput(user), patch, UserInput.class);
        if (input.enabled() == null) {
            throw ProblemException.invalidField("enabled", "cannot be removed; set it to true or false");
        }
        requireFreeUsername(input.username(), user.id);
        requireLinkableMember(input.memberId(), user, !user.enabled && Boolean.TRUE.equals(input.enabled()));
        user.username = input.username();
        apply(input, user);
        requireActiveAdminRemains();
        users.flush();
        return UserMapper.toDto(user);
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        users.lockAdminGuard();
        User user = find(id);
        ifMatch.check(user.version());
        users.delete(user);
        users.flush();
        requireActiveAdminRemains();
    }

    /** Ends every token of the account issued so far. */
    @Transactional
    public void logOutEverywhere(UUID id) {
        find(id).endTokens();
        users.flush();
    }

    /** The caller's account, with its member embedded as the caller may see it when it is linked to one. */
    public UserDto me(UUID id, Viewer viewer) {
        UserDto account = get(id);
        return account.memberId() == null ? account : account.withMember(members.get(account.memberId(), viewer));
    }

    /**
     * Serialises the changes that could disable accounts (see {@link UserRepository#lockAdminGuard}).
     * A transaction that also locks a member takes this first, as account changes do.
     */
    public void lockAccountChanges() {
        users.lockAdminGuard();
    }

    /** The account linked to a member, if any. */
    public Optional<UserDto> accountOf(UUID memberId) {
        return users.findByMember(memberId).map(UserMapper::toDto);
    }

    /** Disables the account linked to a member, if any, ending its tokens: for an erased member. */
    @Transactional
    public void disableAccountOf(UUID memberId) {
        users.lockAdminGuard();
        users.findByMember(memberId).ifPresent(user -> {
            if (user.enabled) {
                user.enabled = false;
                user.endTokens();
            }
            requireActiveAdminRemains();
        });
    }

    /** Links an account to a member for demo data, unless either is linked already. */
    @Transactional
    public void linkIfUnlinked(String username, UUID memberId) {
        users.findByUsername(username).filter(user -> user.memberId == null)
                .filter(user -> users.findByMember(memberId).isEmpty())
                .ifPresent(user -> user.memberId = memberId);
    }

    /** Creates an account unless its username is taken; for demo data. */
    @Transactional
    public boolean createIfAbsent(String username, String password, Role role) {
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
        create(new UserInput(username, password, EnumSet.of(role), true));
        return true;
    }

    /**
     * Makes sure that someone can manage accounts: when no enabled administrator exists, the
     * account of that name is created, or enabled, made administrator and given the password.
     *
     * @return false when an enabled administrator exists already and nothing changed
     */
    @Transactional
    public boolean ensureAdministrator(String username, String password) {
        users.lockAdminGuard();
        if (users.countActiveAdmins() > 0) {
            return false;
        }
        User admin = users.findByUsername(username).orElseGet(() -> {
            User created = new User();
            created.username = username;
            return created;
        });
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        roles.addAll(admin.roles);
        apply(new UserInput(username, password, roles, true), admin);
        users.persistAndFlush(admin);
        return true;
    }

    private void apply(UserInput input, User user) {
        if (input.password() != null) {
            user.passwordHash = hasher.hash(input.password());
            user.endTokens();
        }
        if (!user.roles.equals(input.roles())) {
            // replaced only on a real change: a rewritten collection would bump the version for nothing
            user.roles.clear();
            user.roles.addAll(input.roles());
        }
        boolean enabled = input.enabled() == null || input.enabled();
        if (user.enabled && !enabled) {
            user.endTokens(); // re-enabling later must not bring them back
        }
        user.enabled = enabled;
        user.memberId = input.memberId();
    }

    private void requireFreeUsername(String username, UUID owner) {
        users.findByUsername(username).filter(other -> !other.id.equals(owner)).ifPresent(other -> {
            throw ProblemException.conflict("The username '" + username + "' is taken.");
        });
    }

    /**
     * A member an account is linked to must exist, not be erased, and have no other account; an
     * account linked to an erased member stays disabled.
     */
    private void requireLinkableMember(UUID memberId, User user, boolean enabling) {
        boolean keepsItsLink = user != null && memberId != null && memberId.equals(user.memberId);
        if (memberId == null || (keepsItsLink && !enabling)) {
            return; // unlinking, or keeping the link it has, needs no check
        }
        members.requireLinkable("memberId", memberId);
        if (keepsItsLink) {
            return;
        }
        users.findByMember(memberId).ifPresent(other -> {
            throw ProblemException.conflict("Member '" + memberId + "' is already linked to the account '"
                    + other.username + "'; unlink that one first.");
        });
    }

    /** The last enabled administrator cannot be removed, disabled or demoted: no one could manage accounts. */
    private void requireActiveAdminRemains() {
        users.flush();
        if (users.countActiveAdmins() == 0) {
            throw ProblemException.conflict("This would leave no enabled administrator.");
        }
    }

    private User find(UUID id) {
        return users.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("User", id));
    }

    /** Who is calling, as the security layer needs it. */
    public record Caller(UUID id, String username, Set<Role> roles, UUID memberId) {
    }
}
