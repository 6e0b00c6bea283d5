package eu.euromedjustice.roadmap;

/** The work stream a roadmap belongs to. */
public enum RoadmapTopic {
    NATIONAL_COORDINATION_PLATFORM,
    LEGAL_GAPS,
    HANDBOOK,
    FICHES_UPDATE,
    OTHER
}
