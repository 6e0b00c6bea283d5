package eu.euromedjustice.fiche;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.Audience;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;

/** The working draft of a fiche: at most one, DRAFT or IN_REVIEW, gone once published. Members only. */
@Entity
@Table(name = "fiche_draft")
public class FicheDraft extends VersionedEntity implements Tracked {

    @Id
    @Column(name = "fiche_id")
    UUID ficheId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "fiche_id")
    Fiche fiche;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    FicheStatus status = FicheStatus.DRAFT;

    /** The revision the draft started from, so a reviewer can diff against it; null for a first draft. */
    @Column(name = "based_on_revision")
    Integer basedOnRevision;

    @Convert(converter = FicheContentConverter.class)
    @Column(nullable = false)
    FicheContent content;

    @Column(name = "change_summary")
    LanguageMap changeSummary;

    @Column(name = "created_by", nullable = false, updatable = false)
    String createdBy;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "submitted_by")
    String submittedBy;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Override
    public EntityType entityType() {
        return EntityType.FICHE_DRAFT;
    }

    @Override
    public String entityId() {
        return fiche.key();
    }

    @Override
    public String path() {
        return fiche.path() + "/draft";
    }

    @Override
    public Audience audience() {
        return Audience.MEMBER;
    }
}
