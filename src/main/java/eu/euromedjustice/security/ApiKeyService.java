package eu.euromedjustice.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.persistence.DatabaseFailures;
import eu.euromedjustice.common.problem.ProblemException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** API keys of machine clients: their management by administrators, and checking the keys clients send. */
@ApplicationScoped
public class ApiKeyService {

    public static final String PAGE_SCOPE = "api-keys";
    /** How often a key's use is written at most: lastUsedAt is kept to the minute, not per request. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private static final int PREFIX_ATTEMPTS = 10;

    private final ApiKeyRepository keys;
    private final PasswordHasher hasher;
    private final VerifiedApiKeys verified = new VerifiedApiKeys();

    public ApiKeyService(ApiKeyRepository keys, PasswordHasher hasher) {
        this.keys = keys;
        this.hasher = hasher;
    }

    public Page<ApiKeyDto> list(Instant updatedSince, PageRequest page) {
        return keys.findPage(updatedSince, page).map(ApiKeyMapper::toDto);
    }

    public ApiKeyDto get(UUID id) {
        return ApiKeyMapper.toDto(find(id));
    }

    /** Creates a key; the answer is the only one that carries its secret. */
    @Transactional
    public ApiKeyDto create(ApiKeyInput input, UUID createdBy) {
        ApiKeySecret secret = ApiKeySecret.generate(freePrefix());
        ApiKey key = new ApiKey();
        key.name = input.name();
        key.prefix = secret.prefix();
        key.secretHash = hasher.hash(secret.value());
        key.role = input.role() == null ? ApiKeyRole.PARTNER : input.role();
        key.expiresAt = input.expiresAt();
        key.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        keys.persistAndFlush(key);
        return ApiKeyMapper.toDto(key).withSecret(secret.value());
    }

    /**
     * Revokes a key at once (the next request with it fails on every instance); the row stays, so
     * that its metadata shows the revocation. Revoking a revoked key changes nothing.
     */
    @Transactional
    public void revoke(UUID id, IfMatch ifMatch) {
        // locked, so that of two revocations at once the second finds the key revoked rather than failing
        ApiKey key = keys.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("API key", id));
        ifMatch.check(key.version());
        if (!key.isRevoked()) {
            key.revokedAt = Instant.now();
            keys.flush();
        }
    }

    /**
     * The caller behind a secret a client sent, if it names a key that is neither revoked nor
     * expired. The key's row is read on every call; bcrypt runs only for a secret this instance
     * has not verified before (see {@link VerifiedApiKeys}). A successful use is recorded at most
     * once a minute per key, in a transaction of its own whose failure does not fail the request.
     */
    @ActivateRequestContext
    public Optional<Caller> authenticate(String sent) {
        ApiKeySecret secret = ApiKeySecret.parse(sent).orElse(null);
        if (secret == null) {
            return Optional.empty();
        }
        String digest = secret.digest();
        Instant now = Instant.now();
        ApiKey key = keys.findByPrefix(secret.prefix()).orElse(null);
        if (key == null || !key.isActiveAt(now)) {
            verified.forget(digest);
            return Optional.empty();
        }
        if (!verified.remembers(digest, key.id, key.secretHash)) {
            if (!hasher.matches(secret.value(), key.secretHash)) {
                return Optional.empty();
            }
            verified.remember(digest, key.id, key.secretHash);
        }
        recordUse(key, now);
        return Optional.of(new Caller(key.id, key.prefix, key.role.role()));
    }

    private void recordUse(ApiKey key, Instant now) {
        Instant threshold = now.minus(USE_RECORDED_EVERY);
        if (key.lastUsedAt != null && !key.lastUsedAt.isBefore(threshold)) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> keys.markUsed(key.id, now, threshold));
        } catch (RuntimeException e) {
            // the caller is who the key says; a missed lastUsedAt is not worth failing its request
            Log.warnf("Could not record the use of API key '%s': %s", key.prefix, DatabaseFailures.summary(e));
        }
    }

    /** A prefix no key has; with 36^8 possible ones, the first is all but always free. */
    private String freePrefix() {
        for (int attempt = 0; attempt < PREFIX_ATTEMPTS; attempt++) {
            String prefix = ApiKeySecret.randomPrefix();
            if (keys.findByPrefix(prefix).isEmpty()) {
                return prefix;
            }
        }
        throw new IllegalStateException("No free API key prefix found in " + PREFIX_ATTEMPTS + " attempts");
    }

    private ApiKey find(UUID id) {
        return keys.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("API key", id));
    }

    /** Who is calling with a key, as the security layer needs it. */
    public record Caller(UUID id, String prefix, Role role) {
    }
}
