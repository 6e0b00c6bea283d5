package eu.euromedjustice.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MeetingDocumentRepository implements PanacheRepositoryBase<MeetingDocument, UUID> {

    /** Oldest first (ids are time-ordered UUIDv7). */
    private static final Keyset<MeetingDocument> BY_ID = Keyset.of(Keyset.key("id", UUID::fromString, document -> document.id));
    /** For sync: in the order of change, served by meeting_document_updated_idx. */
    private static final Keyset<MeetingDocument> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, MeetingDocument::updatedAt),
            Keyset.key("id", UUID::fromString, document -> document.id));

    /** The meeting's documents, oldest first; only the public ones unless {@code all}. */
    public List<MeetingDocument> findByMeeting(UUID meetingId, boolean all) {
        return all ? list("meetingId = ?1 order by id", meetingId)
                : list("meetingId = ?1 and isPublic = true order by id", meetingId);
    }

    /** A page of the meeting's documents, as {@link #findByMeeting}; those changed since an instant in the order of change. */
    public Page<MeetingDocument> findPage(UUID meetingId, boolean all, Instant updatedSince, PageRequest page) {
        return KeysetQuery.of(updatedSince == null ? BY_ID : BY_CHANGE, page)
                .and("meetingId = :meeting", "meeting", meetingId)
                .and("updatedAt >= :since", "since", updatedSince)
                .and("isPublic = :public", "public", all ? null : Boolean.TRUE)
                .fetch(this);
    }

    /** One by one rather than in bulk, so that each deletion reaches the audit log and the change feed. */
    public void deleteByMeeting(UUID meetingId) {
        list("meetingId", meetingId).forEach(this::delete);
    }
}
