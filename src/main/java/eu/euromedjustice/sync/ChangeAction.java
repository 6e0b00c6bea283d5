package eu.euromedjustice.sync;

public enum ChangeAction {
    CREATED,
    UPDATED,
    DELETED
}
