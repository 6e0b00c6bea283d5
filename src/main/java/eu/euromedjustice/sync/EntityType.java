package eu.euromedjustice.sync;

/**
 * The kinds of record whose writes the audit log keeps, and, where {@link #inFeed()}, the change
 * feed publishes. A feature that adds a kind of record adds its constant here.
 */
public enum EntityType {
    ORGANISATION,
    EXPERT_GROUP,
    MEMBER,
    MEMBERSHIP,
    MEETING,
    AGENDA_ITEM,
    PARTICIPANT,
    MEETING_DOCUMENT,
    MEASURE,
    FICHE,
    /** A fiche's working draft: members only. */
    FICHE_DRAFT,
    /** Roadmaps, their milestones and progress reports: members only while the roadmap is a draft. */
    ROADMAP,
    MILESTONE,
    ROADMAP_REPORT,
    /** Accounts and API keys: audited, never published to partners. */
    USER(false),
    API_KEY(false);

    private final boolean inFeed;

    EntityType() {
        this(true);
    }

    EntityType(boolean inFeed) {
        this.inFeed = inFeed;
    }

    public boolean inFeed() {
        return inFeed;
    }
}
