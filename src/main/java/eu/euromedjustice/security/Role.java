package eu.euromedjustice.security;

/** What a user may do (DESIGN section 6). */
public enum Role {
    /** Everything, including accounts. */
    ADMIN,
    /** Project team: writes all content, publishes fiches. */
    EDITOR,
    /** CrimEx member: reads everything not private, drafts fiches and roadmap reports. */
    MEMBER,
    /** Machine client of a partner system: read-only. */
    PARTNER
}
