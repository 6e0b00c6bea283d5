package eu.euromedjustice.meeting;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

/** One item of a meeting's agenda, at a position from 1 that the service keeps dense. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends VersionedEntity implements Tracked {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    UUID meetingId;

    @Column(nullable = false)
    int position;

    @Column(nullable = false)
    LanguageMap title;

    LanguageMap description;

    /** Local date-time in the meeting's time zone. */
    @Column(name = "starts_at")
    LocalDateTime startsAt;

    @Column(name = "ends_at")
    LocalDateTime endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    AgendaItemType type;

    /** Member ids as a {@link eu.euromedjustice.common.persistence.TagColumn}, in the order given. */
    @Column(name = "speaker_ids", nullable = false)
    String speakerIds = "";

    @Override
    public EntityType entityType() {
        return EntityType.AGENDA_ITEM;
    }

    @Override
    public String entityId() {
        return id.toString();
    }

    @Override
    public String path() {
        return "/api/v1/meetings/" + meetingId + "/agenda-items/" + id;
    }
}
