package eu.euromedjustice.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.persistence.TagColumn;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    /** By start date, then id: served by meeting_start_idx in both directions. */
    private static final Keyset<Meeting> BY_START = Keyset.of(
            Keyset.key("startDate", LocalDate::parse, meeting -> meeting.startDate),
            Keyset.key("id", UUID::fromString, meeting -> meeting.id));
    /** For sync: in the order of change, served by meeting_updated_idx. */
    private static final Keyset<Meeting> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, Meeting::updatedAt),
            Keyset.key("id", UUID::fromString, meeting -> meeting.id));

    /** One page in the filter's order: by start date, or in the order of change with updatedSince. */
    public Page<Meeting> findPage(MeetingFilter filter, PageRequest page) {
        return query(filter, filter.updatedSince() != null ? BY_CHANGE : filter.oldestFirst() ? BY_START : BY_START.descending(),
                page).fetch(this);
    }

    /** The newest that match, by start date, whatever the filter's order. */
    public List<Meeting> findNewest(MeetingFilter filter, int limit) {
        return newest(filter, limit).fetch(this).items();
    }

    /** The ids and versions of the meetings {@link #findNewest} gives, in its order, without loading them. */
    public List<Object[]> findNewestVersions(MeetingFilter filter, int limit) {
        return newest(filter, limit).fetchVersions(this, "Meeting", "id");
    }

    private KeysetQuery<Meeting> newest(MeetingFilter filter, int limit) {
        return query(filter, BY_START.descending(), new PageRequest("newest", "", limit, List.of()));
    }

    private KeysetQuery<Meeting> query(MeetingFilter filter, Keyset<Meeting> order, PageRequest page) {
        return KeysetQuery.of(order, page)
                .and("expertGroupCode = :group", "group", filter.expertGroup())
                .and("status = :status", "status", filter.status())
                .and("endDate >= :from", "from", filter.from())
                .and("startDate <= :to", "to", filter.to())
                .and("countryCode = :country", "country", filter.countryCode())
                .and("id in (select p.meetingId from Participant p, Person person where person.id = p.memberId "
                        + "and person.countryCode = :participantCountry)", "participantCountry", filter.participantCountry())
                .and("topics like :topic escape '\\'", "topic",
                        filter.topic() == null ? null : TagColumn.containing(filter.topic().name()))
                .andWords("searchTitle", filter.text())
                .and("updatedAt >= :since", "since", filter.updatedSince());
    }

    /** A meeting with its agenda by position. */
    public record WithAgenda(Meeting meeting, List<AgendaItem> agenda) {
    }

    /**
     * The meeting with its agenda in one statement, so that a meeting's GET reads all it shows in
     * four: the meeting's columns come again with each item, which costs less than a round trip.
     */
    public Optional<WithAgenda> findWithAgenda(UUID id) {
        List<Object[]> rows = getEntityManager().createQuery("select m, a from Meeting m left join AgendaItem a on a.meetingId = m.id "
                + "where m.id = :id order by a.position", Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<AgendaItem> agenda = rows.stream().map(row -> (AgendaItem) row[1]).filter(Objects::nonNull).toList();
        return Optional.of(new WithAgenda((Meeting) rows.get(0)[0], agenda));
    }

    /** The meeting's version alone: what a conditional GET compares. */
    public Optional<Long> findVersion(UUID id) {
        return getEntityManager().createQuery("select m.version from Meeting m where m.id = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The meeting, its row locked until the transaction ends: every write to it or its parts queues here. */
    public Optional<Meeting> findLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The id of an expert group's numbered session, for features that refer to a session by its number. */
    public Optional<UUID> findIdBySession(String expertGroup, int sessionNumber) {
        return find("expertGroupCode = ?1 and sessionNumber = ?2", expertGroup, sessionNumber).firstResultOptional()
                .map(meeting -> meeting.id);
    }

    public boolean sessionTaken(String expertGroup, int sessionNumber, UUID self) {
        return find("expertGroupCode = ?1 and sessionNumber = ?2", expertGroup, sessionNumber).stream()
                .anyMatch(other -> !other.id.equals(self));
    }

    public long countByExpertGroup(String code) {
        return count("expertGroupCode", code);
    }

    public long countByHost(UUID organisationId) {
        return count("hostOrganisationId", organisationId);
    }
}
