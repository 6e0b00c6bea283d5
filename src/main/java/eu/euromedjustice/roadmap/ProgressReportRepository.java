package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProgressReportRepository implements PanacheRepositoryBase<ProgressReport, UUID> {

    /** By the day reported, then in the order recorded. */
    private static final Keyset<ProgressReport> BY_DAY = Keyset.of(
            Keyset.key("reportedOn", LocalDate::parse, report -> report.reportedOn),
            Keyset.key("id", UUID::fromString, report -> report.id));
    private static final Keyset<ProgressReport> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, ProgressReport::updatedAt),
            Keyset.key("id", UUID::fromString, report -> report.id));

    public Page<ProgressReport> findPage(UUID roadmapId, Instant updatedSince, PageRequest page) {
        return KeysetQuery.of(updatedSince == null ? BY_DAY : BY_CHANGE, page)
                .and("roadmap.id = :roadmap", "roadmap", roadmapId)
                .and("updatedAt >= :since", "since", updatedSince)
                .fetch(this);
    }

    /** A report's version with its roadmap's status: what a conditional GET compares. */
    Optional<RoadmapRepository.VersionRow> findVersion(UUID roadmapId, UUID id) {
        return RoadmapRepository.VersionRow.of(getEntityManager().createQuery("select p.version, p.roadmap.status from ProgressReport p "
                + "where p.id = :id and p.roadmap.id = :roadmap", Object[].class)
                .setParameter("id", id).setParameter("roadmap", roadmapId).getResultList());
    }

    /** The last report of each roadmap (by day, then as recorded); roadmaps without any are absent. */
    public Map<UUID, ProgressReport> findLast(Collection<UUID> roadmapIds) {
        Map<UUID, ProgressReport> last = new HashMap<>();
        if (!roadmapIds.isEmpty()) {
            // only each roadmap's last report: a roadmap reported on for years is still one row
            list("from ProgressReport report where report.roadmap.id in ?1 and not exists (select 1 from ProgressReport later"
                    + " where later.roadmap = report.roadmap and (later.reportedOn > report.reportedOn"
                    + " or (later.reportedOn = report.reportedOn and later.id > report.id)))", roadmapIds)
                    .forEach(report -> last.put(report.roadmap.id, report));
        }
        return last;
    }

    public List<ProgressReport> findAll(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public long countByRoadmap(UUID roadmapId) {
        return count("roadmap.id", roadmapId);
    }

    /** The meetings at which the roadmap was reported on. */
    public List<UUID> meetingsOf(UUID roadmapId) {
        return getEntityManager().createQuery("select distinct p.meetingId from ProgressReport p where p.roadmap.id = :roadmap",
                UUID.class).setParameter("roadmap", roadmapId).getResultList();
    }
}
