package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The optional filters of the roadmap list; null means "any". {@code adoptedOnly} is not the
 * client's: it is set for callers who may see adopted roadmaps only (partners).
 */
public record RoadmapFilter(String expertGroup, String countryCode, RoadmapTopic topic, Set<RoadmapStatus> statuses, UUID meetingId,
        Boolean overdue, UUID parentRoadmapId, Instant updatedSince, boolean adoptedOnly) {
}
