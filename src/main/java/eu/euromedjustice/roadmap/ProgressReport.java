package eu.euromedjustice.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.Audience;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

/** What was reported on a roadmap at a meeting, with the milestone updates it applied: written once. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends VersionedEntity implements Tracked {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "roadmap_id", nullable = false, updatable = false)
    Roadmap roadmap;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    UUID meetingId;

    @Column(name = "reported_on", nullable = false, updatable = false)
    LocalDate reportedOn;

    @Column(name = "reported_by_member_id", updatable = false)
    UUID reportedByMemberId;

    @Column(nullable = false, updatable = false)
    LanguageMap summary;

    @Convert(converter = MilestoneUpdatesConverter.class)
    @Column(name = "milestone_updates", nullable = false, updatable = false)
    List<MilestoneUpdate> milestoneUpdates;

    @Column(name = "created_by", nullable = false, updatable = false)
    String createdBy;

    @Override
    public EntityType entityType() {
        return EntityType.ROADMAP_REPORT;
    }

    @Override
    public String entityId() {
        return id.toString();
    }

    @Override
    public String path() {
        return roadmap.path() + "/reports/" + id;
    }

    @Override
    public Audience audience() {
        return roadmap.audience();
    }

    @Override
    public UUID personId() {
        return reportedByMemberId;
    }
}
