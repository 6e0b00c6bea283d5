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
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    private static final Keyset<Milestone> BY_POSITION = Keyset.of(
            Keyset.key("position", Integer::valueOf, milestone -> milestone.position));
    /** For sync: in the order of change. */
    private static final Keyset<Milestone> BY_CHANGE = Keyset.of(
            Keyset.key("updatedAt", Instant::parse, Milestone::updatedAt),
            Keyset.key("id", UUID::fromString, milestone -> milestone.id));

    public List<Milestone> findByRoadmap(UUID roadmapId) {
        return list("roadmap.id = ?1 order by position", roadmapId);
    }

    /** A milestone's version with its roadmap's status: what a conditional GET compares. */
    Optional<RoadmapRepository.VersionRow> findVersion(UUID roadmapId, UUID id) {
        return RoadmapRepository.VersionRow.of(getEntityManager().createQuery("select m.version, m.roadmap.status from Milestone m "
                + "where m.id = :id and m.roadmap.id = :roadmap", Object[].class)
                .setParameter("id", id).setParameter("roadmap", roadmapId).getResultList());
    }

    /** The roadmap's milestones by position; those changed since an instant in the order of change. */
    public Page<Milestone> findPage(UUID roadmapId, Instant updatedSince, PageRequest page) {
        return KeysetQuery.of(updatedSince == null ? BY_POSITION : BY_CHANGE, page)
                .and("roadmap.id = :roadmap", "roadmap", roadmapId)
                .and("updatedAt >= :since", "since", updatedSince)
                .fetch(this);
    }

    /** How many open milestones of each roadmap were due before the day; roadmaps without any are absent. */
    public Map<UUID, Integer> countOverdue(Collection<UUID> roadmapIds, LocalDate day) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (roadmapIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("select m.roadmap.id, count(m) from Milestone m where m.roadmap.id in :roadmaps "
                        + "and m.dueDate < :day and m.status in :open group by m.roadmap.id", Object[].class)
                .setParameter("roadmaps", roadmapIds).setParameter("day", day).setParameter("open", RoadmapRepository.OPEN)
                .getResultList().forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    public long countByOrganisation(UUID organisationId) {
        return count("responsibleOrganisationId", organisationId);
    }
}
