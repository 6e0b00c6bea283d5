package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.euromedjustice.common.i18n.LanguageMap;
import org.hibernate.annotations.Immutable;

/**
 * One status change on a roadmap's timeline: of the roadmap (no milestone) or of one of its
 * milestones, with who made it, when, and the report that caused it. Written once, in the
 * transaction of the change; the roadmap's lock orders a roadmap's entries.
 */
@Entity
@Immutable
@Table(name = "roadmap_event")
public class RoadmapEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "roadmap_id", nullable = false)
    UUID roadmapId;

    @Column(name = "milestone_id")
    UUID milestoneId;

    /** The milestone's title when it changed, so that the entry reads well after a rename or delete. */
    @Column(name = "milestone_title")
    LanguageMap milestoneTitle;

    /** Null when the roadmap or milestone was created. */
    @Column(name = "from_status")
    String fromStatus;

    @Column(name = "to_status", nullable = false)
    String toStatus;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(nullable = false)
    String actor;

    @Column(name = "report_id")
    UUID reportId;

    LanguageMap note;
}
