package eu.euromedjustice.meeting;

/** How people attend. */
public enum MeetingFormat {
    IN_PERSON,
    ONLINE,
    HYBRID
}
