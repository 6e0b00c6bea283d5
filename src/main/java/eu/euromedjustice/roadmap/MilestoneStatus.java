package eu.euromedjustice.roadmap;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a milestone stands. Open ones move freely among themselves and may end DONE or CANCELLED;
 * a done milestone may only be reopened (IN_PROGRESS), a cancelled one only reinstated (PLANNED).
 */
public enum MilestoneStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    BLOCKED,
    CANCELLED;

    public Set<MilestoneStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, DONE, BLOCKED, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(PLANNED, DONE, BLOCKED, CANCELLED);
            case BLOCKED -> EnumSet.of(PLANNED, IN_PROGRESS, DONE, CANCELLED);
            case DONE -> EnumSet.of(IN_PROGRESS);
            case CANCELLED -> EnumSet.of(PLANNED);
        };
    }

    /** Still to be done: counts as overdue once its due date has passed. */
    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS || this == BLOCKED;
    }
}
