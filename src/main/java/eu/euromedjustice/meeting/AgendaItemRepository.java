package eu.euromedjustice.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.persistence.TagColumn;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AgendaItemRepository implements PanacheRepositoryBase<AgendaItem, UUID> {

    private static final Keyset<AgendaItem> BY_POSITION = Keyset.of(
            Keyset.key("position", Integer::valueOf, item -> item.position));
    /** For sync: in the order of change, served by agenda_item_updated_idx. */
    private static final Keyset<AgendaItem> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, AgendaItem::updatedAt),
            Keyset.key("id", UUID::fromString, item -> item.id));

    public List<AgendaItem> findByMeeting(UUID meetingId) {
        return list("meetingId = ?1 order by position", meetingId);
    }

    /** The meeting's agenda by position; the items changed since an instant in the order of change. */
    public Page<AgendaItem> findPage(UUID meetingId, Instant updatedSince, PageRequest page) {
        return KeysetQuery.of(updatedSince == null ? BY_POSITION : BY_CHANGE, page)
                .and("meetingId = :meeting", "meeting", meetingId)
                .and("updatedAt >= :since", "since", updatedSince)
                .fetch(this);
    }

    /** The items of the meeting on which the member speaks. */
    public List<AgendaItem> findBySpeaker(UUID meetingId, UUID memberId) {
        return list("meetingId = ?1 and speakerIds like ?2 escape '\\' order by position", meetingId,
                TagColumn.containing(memberId.toString()));
    }

    /** Every member who speaks on the meeting's agenda. */
    public List<UUID> speakersOf(UUID meetingId) {
        return getEntityManager().createQuery("select a.speakerIds from AgendaItem a where a.meetingId = :meeting", String.class)
                .setParameter("meeting", meetingId).getResultList().stream()
                .flatMap(column -> TagColumn.decode(column).stream()).distinct().map(UUID::fromString).toList();
    }

    /** One by one rather than in bulk, so that each deletion reaches the audit log and the change feed. */
    public void deleteByMeeting(UUID meetingId) {
        list("meetingId", meetingId).forEach(this::delete);
    }
}
