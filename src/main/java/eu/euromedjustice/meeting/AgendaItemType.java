package eu.euromedjustice.meeting;

/** What kind of session an agenda item is. */
public enum AgendaItemType {
    PLENARY,
    WORKSHOP,
    PANEL,
    BREAK,
    OTHER
}
