package eu.euromedjustice.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    private static final Keyset<Membership> BY_START = Keyset.of(
            Keyset.key("startDate", LocalDate::parse, membership -> membership.startDate),
            Keyset.key("id", UUID::fromString, membership -> membership.id));
    /** For sync: in the order of change, served by membership_updated_idx. */
    private static final Keyset<Membership> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, Membership::updatedAt),
            Keyset.key("id", UUID::fromString, membership -> membership.id));

    /** The person's memberships by start date; those changed since an instant in the order of change. */
    public Page<Membership> findPage(UUID personId, Instant updatedSince, PageRequest page) {
        return KeysetQuery.of(updatedSince == null ? BY_START : BY_CHANGE, page)
                .and("personId = :person", "person", personId)
                .and("updatedAt >= :since", "since", updatedSince)
                .fetch(this);
    }

    public List<Membership> findByPerson(UUID personId) {
        return list("personId = ?1 order by startDate, id", personId);
    }

    /** The memberships of several people in one query, for a page of members. */
    public Map<UUID, List<Membership>> findByPersons(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return list("personId in ?1 order by startDate, id", personIds).stream()
                .collect(Collectors.groupingBy(membership -> membership.personId));
    }

    /** One by one rather than in bulk, so that each deletion reaches the audit log and the change feed. */
    public void deleteByPerson(UUID personId) {
        list("personId", personId).forEach(this::delete);
    }

    public long countByExpertGroup(String code) {
        return count("expertGroupCode", code);
    }

    public long countOnBehalfOfOrganisation(UUID organisationId) {
        return count("onBehalfOrganisationId", organisationId);
    }
}
