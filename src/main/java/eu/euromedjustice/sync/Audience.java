package eu.euromedjustice.sync;

import eu.euromedjustice.security.Role;
import eu.euromedjustice.security.Viewer;

/** Who may see a change feed entry: the least role that may read the record it is about. */
public enum Audience {
    /** Every caller of the feed: partner systems and everyone above. */
    PARTNER,
    /** Members, editors and administrators only (a document that is not public, a draft). */
    MEMBER;

    public boolean includes(Viewer viewer) {
        return this == PARTNER || viewer.has(Role.MEMBER) || viewer.isStaff();
    }

    /** The wider of two audiences: a record that stops being visible to partners still tells them it changed. */
    static Audience wider(Audience a, Audience b) {
        return a == PARTNER || b == PARTNER ? PARTNER : MEMBER;
    }
}
