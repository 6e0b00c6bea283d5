package eu.euromedjustice.fiche;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.TagColumn;
import eu.euromedjustice.common.persistence.VersionedEntity;
import org.hibernate.annotations.UuidGenerator;

/**
 * A published state of a fiche, numbered from 1. Immutable but for validUntil, which the next
 * publication or the archiving sets: the revision is valid from validFrom up to, not including,
 * validUntil. Not tracked on its own: publishing changes the fiche, whose feed entry says so.
 */
@Entity
@Table(name = "fiche_revision")
public class FicheRevision extends VersionedEntity {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(name = "fiche_id", nullable = false, updatable = false)
    UUID ficheId;

    @Column(nullable = false, updatable = false)
    int number;

    @Convert(converter = FicheContentConverter.class)
    @Column(nullable = false, updatable = false)
    FicheContent content;

    @Column(name = "change_summary", updatable = false)
    LanguageMap changeSummary;

    @Column(name = "changed_fields", nullable = false, updatable = false)
    String changedFields = "";

    @Column(name = "published_at", nullable = false, updatable = false)
    Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    String publishedBy;

    @Column(name = "valid_from", nullable = false, updatable = false)
    LocalDate validFrom;

    @Column(name = "valid_until")
    LocalDate validUntil;

    /** In force now: no later revision replaced it and the fiche was not archived. */
    boolean isCurrent() {
        return validUntil == null;
    }

    List<String> changedFields() {
        return TagColumn.decode(changedFields);
    }
}
