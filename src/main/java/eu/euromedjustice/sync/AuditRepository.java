package eu.euromedjustice.sync;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, Long> {

    /** Newest first: ids grow in the order the writes committed. */
    private static final Keyset<AuditEvent> NEWEST_FIRST = Keyset.of(
            Keyset.<AuditEvent>key("id", Long::valueOf, event -> event.id)).descending();

    public Page<AuditEvent> findPage(AuditFilter filter, PageRequest page) {
        return KeysetQuery.of(NEWEST_FIRST, page)
                .and("entityType = :type", "type", filter.entityType())
                .and("entityId = :entityId", "entityId", filter.entityId())
                .and("actor = :actor", "actor", filter.actor())
                .and("occurredAt >= :from", "from", filter.from())
                .and("occurredAt < :to", "to", filter.to())
                .fetch(this);
    }

    /** Every entry about one person, oldest first. */
    public List<AuditEvent> aboutPerson(UUID personId) {
        return list("personId", Sort.by("id"), personId);
    }
}
