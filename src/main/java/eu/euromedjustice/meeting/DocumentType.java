package eu.euromedjustice.meeting;

/** What a meeting document is. */
public enum DocumentType {
    AGENDA,
    MINUTES,
    CONCLUSIONS,
    PRESENTATION,
    REPORT,
    OTHER
}
