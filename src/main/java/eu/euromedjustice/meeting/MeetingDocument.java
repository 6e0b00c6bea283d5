package eu.euromedjustice.meeting;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.Audience;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

/** A document of a meeting, linked by URL; non-public ones are for MEMBER and above. */
@Entity
@Table(name = "meeting_document")
public class MeetingDocument extends VersionedEntity implements Tracked {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    DocumentType type;

    @Column(nullable = false)
    LanguageMap title;

    @Column(nullable = false)
    String language;

    @Column(nullable = false)
    String url;

    @Column(name = "is_public", nullable = false)
    boolean isPublic;

    @Override
    public EntityType entityType() {
        return EntityType.MEETING_DOCUMENT;
    }

    @Override
    public String entityId() {
        return id.toString();
    }

    @Override
    public String path() {
        return "/api/v1/meetings/" + meetingId + "/documents/" + id;
    }

    /** Partners see public documents only. */
    @Override
    public Audience audience() {
        return isPublic ? Audience.PARTNER : Audience.MEMBER;
    }
}
