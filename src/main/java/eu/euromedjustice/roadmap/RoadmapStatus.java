package eu.euromedjustice.roadmap;

import java.util.EnumSet;
import java.util.Set;

import eu.euromedjustice.sync.Audience;

/**
 * Where a roadmap stands, and where it may go from there: a draft is adopted; an adopted roadmap
 * is worked on (or sent back to drafting while nobody has reported on it); work ends completed or
 * superseded by a newer roadmap; a completed one may be reopened. A superseded roadmap is history.
 */
public enum RoadmapStatus {
    DRAFT,
    ADOPTED,
    IN_PROGRESS,
    COMPLETED,
    SUPERSEDED;

    public Set<RoadmapStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ADOPTED);
            case ADOPTED -> EnumSet.of(DRAFT, IN_PROGRESS, COMPLETED, SUPERSEDED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, SUPERSEDED);
            case COMPLETED -> EnumSet.of(IN_PROGRESS, SUPERSEDED);
            case SUPERSEDED -> EnumSet.noneOf(RoadmapStatus.class);
        };
    }

    /** Adopted or later: what partners see. */
    public boolean adopted() {
        return this != DRAFT;
    }

    /** Completed or superseded: its milestones are a record, no longer changed or reported on. */
    public boolean closed() {
        return this == COMPLETED || this == SUPERSEDED;
    }

    Audience audience() {
        return adopted() ? Audience.PARTNER : Audience.MEMBER;
    }
}
