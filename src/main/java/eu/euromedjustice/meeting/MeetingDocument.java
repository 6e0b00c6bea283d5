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
import org.hibernate.annotations.UuidGenerator;

/** A document of a meeting, linked by URL; non-public ones are for MEMBER and above. */
@Entity
@Table(name = "meeting_document")
public class MeetingDocument extends VersionedEntity {

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
}
