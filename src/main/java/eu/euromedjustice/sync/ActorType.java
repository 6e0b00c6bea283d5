package eu.euromedjustice.sync;

public enum ActorType {
    USER,
    API_KEY,
    /** The service itself: start-up and demo data. */
    SYSTEM,
    ANONYMOUS
}
