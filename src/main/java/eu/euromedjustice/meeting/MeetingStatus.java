package eu.euromedjustice.meeting;

/** Where a meeting stands; HELD only once its end date has come. */
public enum MeetingStatus {
    PLANNED,
    CONFIRMED,
    HELD,
    POSTPONED,
    CANCELLED
}
