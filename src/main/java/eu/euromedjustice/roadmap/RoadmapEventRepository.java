package eu.euromedjustice.roadmap;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.paging.Keyset;
import eu.euromedjustice.common.paging.KeysetQuery;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RoadmapEventRepository implements PanacheRepositoryBase<RoadmapEvent, Long> {

    private static final Keyset<RoadmapEvent> BY_ID = Keyset.of(Keyset.key("id", Long::valueOf, event -> event.id));

    /** Oldest first, optionally of one milestone. */
    public Page<RoadmapEvent> findPage(UUID roadmapId, UUID milestoneId, PageRequest page) {
        return KeysetQuery.of(BY_ID, page)
                .and("roadmapId = :roadmap", "roadmap", roadmapId)
                .and("milestoneId = :milestone", "milestone", milestoneId)
                .fetch(this);
    }

    /** In bulk: the entries are not tracked records, and go with their roadmap. */
    public void deleteByRoadmap(UUID roadmapId) {
        delete("roadmapId", roadmapId);
    }
}
