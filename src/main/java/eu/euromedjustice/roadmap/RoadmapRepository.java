package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RoadmapRepository implements PanacheRepositoryBase<Roadmap, UUID> {

    /** In the order of creation: the ids are UUIDv7. */
    private static final Keyset<Roadmap> BY_ID = Keyset.of(Keyset.key("id", UUID::fromString, roadmap -> roadmap.id));
    /** For sync: in the order of change, served by roadmap_updated_idx. */
    private static final Keyset<Roadmap> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, Roadmap::updatedAt),
            Keyset.key("id", UUID::fromString, roadmap -> roadmap.id));
    static final List<MilestoneStatus> OPEN = List.of(MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS, MilestoneStatus.BLOCKED);

    public Page<Roadmap> findPage(RoadmapFilter filter, LocalDate today, PageRequest page) {
        String overdue = "id in (select m.roadmap.id from Milestone m where m.dueDate < :today and m.status in :open)";
        return KeysetQuery.of(filter.updatedSince() == null ? BY_ID : BY_CHANGE, page)
                .and("expertGroupCode = :group", "group", filter.expertGroup())
                .and("countryCode = :country", "country", filter.countryCode())
                .and("topic = :topic", "topic", filter.topic())
                .and("status in :statuses", "statuses", filter.statuses())
                .and("status <> :draft", "draft", filter.adoptedOnly() ? RoadmapStatus.DRAFT : null)
                .and("parentRoadmapId = :parent", "parent", filter.parentRoadmapId())
                .and("(adoptedAtMeetingId = :meeting or id in (select p.roadmap.id from ProgressReport p where p.meetingId = :meeting))",
                        "meeting", filter.meetingId())
                .and(filter.overdue() == null ? "" : Boolean.TRUE.equals(filter.overdue()) ? overdue : "not " + overdue,
                        filter.overdue() == null ? Map.of() : Map.of("today", today, "open", OPEN))
                .and("updatedAt >= :since", "since", filter.updatedSince())
                .fetch(this);
    }

    /** The version of a roadmap or of one of its parts, with the roadmap's status, which decides who may see it. */
    record VersionRow(long version, RoadmapStatus roadmapStatus) {

        static Optional<VersionRow> of(List<Object[]> rows) {
            return rows.stream().findFirst().map(row -> new VersionRow((Long) row[0], (RoadmapStatus) row[1]));
        }
    }

    /** The roadmap's version and status alone: what a conditional GET compares. */
    Optional<VersionRow> findVersion(UUID id) {
        return VersionRow.of(getEntityManager().createQuery("select r.version, r.status from Roadmap r where r.id = :id", Object[].class)
                .setParameter("id", id).getResultList());
    }

    /** The roadmap, its row locked until the transaction ends: every write to it or its parts queues here. */
    public Optional<Roadmap> findLocked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Adopted roadmaps of a topic, optionally of one group: what the overview chooses from. */
    public List<Roadmap> findAdopted(RoadmapTopic topic, String expertGroup) {
        return expertGroup == null
                ? list("topic = ?1 and status <> ?2 order by id", topic, RoadmapStatus.DRAFT)
                : list("topic = ?1 and status <> ?2 and expertGroupCode = ?3 order by id", topic, RoadmapStatus.DRAFT, expertGroup);
    }

    public long countDerivedFrom(UUID id) {
        return count("parentRoadmapId", id);
    }
}
