package eu.euromedjustice.meeting;

/** A participant's part in a meeting; the names of chairs and speakers are public. */
public enum ParticipantRole {
    CHAIR,
    SPEAKER,
    PARTICIPANT,
    OBSERVER,
    ORGANISER
}
