package eu.euromedjustice.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    /** Newest first: ids are UUIDv7, so their order is (roughly) the order of creation. */
    private static final Keyset<ApiKey> NEWEST_FIRST = Keyset.of(Keyset.key("id", UUID::fromString, (ApiKey key) -> key.id))
            .descending();

    public Optional<ApiKey> findByPrefix(String prefix) {
        return find("prefix", prefix).firstResultOptional();
    }

    /** For sync: in the order of change. */
    private static final Keyset<ApiKey> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, ApiKey::updatedAt),
            Keyset.key("id", UUID::fromString, (ApiKey key) -> key.id));

    /** Newest first; those changed since an instant in the order of change. */
    public Page<ApiKey> findPage(Instant updatedSince, PageRequest page) {
        return KeysetQuery.of(updatedSince == null ? NEWEST_FIRST : BY_CHANGE, page)
                .and("updatedAt >= :since", "since", updatedSince)
                .fetch(this);
    }

    /**
     * Records a use, unless one was recorded since {@code threshold}: a bulk update, so that
     * neither the version nor updatedAt moves, and concurrent uses on several instances write once.
     *
     * @return the number of rows changed (0 or 1)
     */
    public int markUsed(UUID id, Instant now, Instant threshold) {
        return update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now, id, threshold);
    }
}
