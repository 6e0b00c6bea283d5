package eu.euromedjustice.member;

/** A person's role in an expert group. */
public enum MembershipRole {
    MEMBER,
    ALTERNATE,
    EXPERT,
    OBSERVER,
    CHAIR,
    COORDINATOR
}
