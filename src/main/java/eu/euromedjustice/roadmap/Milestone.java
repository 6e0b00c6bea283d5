package eu.euromedjustice.roadmap;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.Audience;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

/** One step of a roadmap, at a position from 1 that the service keeps dense. */
@Entity
public class Milestone extends VersionedEntity implements Tracked {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    /** Its roadmap, whose status decides who may see it. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "roadmap_id", nullable = false, updatable = false)
    Roadmap roadmap;

    @Column(nullable = false)
    int position;

    @Column(nullable = false)
    LanguageMap title;

    LanguageMap description;

    @Column(name = "responsible_organisation_id")
    UUID responsibleOrganisationId;

    @Column(name = "due_date")
    LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MilestoneStatus status;

    @Column(name = "completed_on")
    LocalDate completedOn;

    /** Open and due before the day. */
    boolean overdueOn(LocalDate day) {
        return status.open() && dueDate != null && dueDate.isBefore(day);
    }

    @Override
    public EntityType entityType() {
        return EntityType.MILESTONE;
    }

    @Override
    public String entityId() {
        return id.toString();
    }

    @Override
    public String path() {
        return roadmap.path() + "/milestones/" + id;
    }

    @Override
    public Audience audience() {
        return roadmap.audience();
    }
}
