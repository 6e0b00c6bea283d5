package eu.euromedjustice.fiche;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.i18n.SearchText;
import eu.euromedjustice.common.persistence.TagColumn;
import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.Audience;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

/**
 * The fiche of one country for one measure. Its row is the lock of every write to the fiche, its
 * draft and its revisions. Once published it holds a copy of the current revision and the fields
 * the list filters on, so that a read of the current fiche or a page of them reads this row alone;
 * its version (the ETag) moves on with every publication and archiving, never with a draft.
 */
@Entity
public class Fiche extends VersionedEntity implements Tracked {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(name = "country_code", nullable = false, updatable = false)
    String countryCode;

    @Column(name = "measure_code", nullable = false, updatable = false)
    String measureCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    FicheStatus status = FicheStatus.DRAFT;

    /** The number of the last published revision; null before the first. */
    Integer revision;

    @Convert(converter = FicheContentConverter.class)
    FicheContent content;

    @Column(name = "change_summary")
    LanguageMap changeSummary;

    @Column(name = "changed_fields", nullable = false)
    String changedFields = "";

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "published_by")
    String publishedBy;

    @Column(name = "valid_from")
    LocalDate validFrom;

    @Column(name = "archived_on")
    LocalDate archivedOn;

    @Enumerated(EnumType.STRING)
    Possibility possibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "dual_criminality")
    DualCriminality dualCriminality;

    @Column(name = "accepted_languages", nullable = false)
    String acceptedLanguages = "";

    @Column(nullable = false)
    String channels = "";

    @Column(name = "search_text", nullable = false)
    String searchText = "";

    /** Makes the revision the current publication: its content, and the columns the list filters on. */
    void publish(FicheRevision published) {
        status = FicheStatus.PUBLISHED;
        revision = published.number;
        content = published.content;
        changeSummary = published.changeSummary;
        changedFields = published.changedFields;
        publishedAt = published.publishedAt;
        publishedBy = published.publishedBy;
        validFrom = published.validFrom;
        archivedOn = null;
        possibility = content.possibility();
        dualCriminality = content.dualCriminality();
        acceptedLanguages = TagColumn.encode(content.acceptedLanguages());
        channels = TagColumn.encode(content.channels().stream().map(Enum::name).toList());
        // every text of the content in every language, folded, for q
        searchText = SearchText.fold(FicheFields.texts(content).collect(Collectors.joining("\n")));
    }

    void archive(LocalDate day) {
        status = FicheStatus.ARCHIVED;
        archivedOn = day;
    }

    List<String> changedFields() {
        return TagColumn.decode(changedFields);
    }

    boolean isPublished() {
        return status == FicheStatus.PUBLISHED;
    }

    String key() {
        return countryCode + "/" + measureCode;
    }

    @Override
    public EntityType entityType() {
        return EntityType.FICHE;
    }

    @Override
    public String entityId() {
        return key();
    }

    @Override
    public String path() {
        return "/api/v1/fiches/" + key();
    }

    /** Partners learn of a fiche once it was published; a fiche still in its first draft is the members' business. */
    @Override
    public Audience audience() {
        return revision == null ? Audience.MEMBER : Audience.PARTNER;
    }
}
