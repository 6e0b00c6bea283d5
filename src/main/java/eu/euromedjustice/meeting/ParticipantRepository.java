package eu.euromedjustice.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.member.Person;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** In the order they were added (ids are time-ordered UUIDv7). */
    private static final Keyset<Participant> BY_ID = Keyset.of(Keyset.key("id", UUID::fromString, participant -> participant.id));
    /** For sync: in the order of change, served by meeting_participant_updated_idx. */
    private static final Keyset<Participant> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, Participant::updatedAt),
            Keyset.key("id", UUID::fromString, participant -> participant.id));

    /** A participant with its member, read in one query. */
    public record WithPerson(Participant participant, Person person) {
    }

    /** The meeting's participants with their members, in one query: ordered by family and given name. */
    public List<WithPerson> findWithPeople(UUID meetingId) {
        return getEntityManager().createQuery("select p, person from Participant p join Person person on person.id = p.memberId "
                        + "where p.meetingId = :meeting order by person.familyKey, person.givenKey, person.id", Object[].class)
                .setParameter("meeting", meetingId).getResultStream()
                .map(row -> new WithPerson((Participant) row[0], (Person) row[1])).toList();
    }

    /**
     * One page of the meeting's participants; with {@code publicRoles} (null: everyone), only those
     * in one of these roles or among {@code orMembers} (the speakers): what anonymous callers see.
     * Those changed since an instant (null: any) come in the order of change.
     */
    public Page<Participant> findPage(UUID meetingId, Instant updatedSince, Collection<ParticipantRole> publicRoles,
            Collection<UUID> orMembers, PageRequest page) {
        return KeysetQuery.of(updatedSince == null ? BY_ID : BY_CHANGE, page)
                .and("meetingId = :meeting", "meeting", meetingId)
                .and("updatedAt >= :since", "since", updatedSince)
                .and("(role in :publicRoles or memberId in :speakers)",
                        publicRoles == null ? Map.of() : Map.of("publicRoles", publicRoles,
                                "speakers", orMembers.isEmpty() ? List.of(new UUID(0, 0)) : orMembers))
                .fetch(this);
    }

    public Optional<Participant> findOne(UUID meetingId, UUID memberId) {
        return find("meetingId = ?1 and memberId = ?2", meetingId, memberId).firstResultOptional();
    }

    /** Participants per meeting, country and attendance, for the meetings of a list page: one query. */
    public List<Object[]> countByCountry(Collection<UUID> meetingIds) {
        return getEntityManager().createQuery("select p.meetingId, person.countryCode, p.attendance, count(p) from Participant p "
                        + "join Person person on person.id = p.memberId where p.meetingId in :meetings "
                        + "group by p.meetingId, person.countryCode, p.attendance", Object[].class)
                .setParameter("meetings", meetingIds).getResultList();
    }

    /** The ids of the meetings the member takes part in, in id order. */
    public List<UUID> meetingsOf(UUID memberId) {
        return getEntityManager().createQuery("select p.meetingId from Participant p where p.memberId = :member "
                + "order by p.meetingId", UUID.class).setParameter("member", memberId).getResultList();
    }

    public List<Participant> findByMember(UUID memberId) {
        return list("memberId", memberId);
    }

    /** The ids of the meeting's participating members. */
    public List<UUID> membersOf(UUID meetingId) {
        return getEntityManager().createQuery("select p.memberId from Participant p where p.meetingId = :meeting", UUID.class)
                .setParameter("meeting", meetingId).getResultList();
    }

    public long countByMeeting(UUID meetingId) {
        return count("meetingId", meetingId);
    }

    public long countByMember(UUID memberId) {
        return count("memberId", memberId);
    }

    /** One by one rather than in bulk, so that each deletion reaches the audit log and the change feed. */
    public void deleteByMeeting(UUID meetingId) {
        list("meetingId", meetingId).forEach(this::delete);
    }
}
