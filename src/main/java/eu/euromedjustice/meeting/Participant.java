package eu.euromedjustice.meeting;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.euromedjustice.common.persistence.VersionedEntity;
import eu.euromedjustice.sync.EntityType;
import eu.euromedjustice.sync.Tracked;
import org.hibernate.annotations.UuidGenerator;

/** A member taking part in a meeting, at most once per meeting. */
@Entity
@Table(name = "meeting_participant")
public class Participant extends VersionedEntity implements Tracked {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    UUID id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    UUID meetingId;

    @Column(name = "person_id", nullable = false, updatable = false)
    UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ParticipantRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Attendance attendance;

    /** A participant is named by its member's id within its meeting. */
    @Override
    public EntityType entityType() {
        return EntityType.PARTICIPANT;
    }

    @Override
    public String entityId() {
        return memberId.toString();
    }

    @Override
    public String path() {
        return "/api/v1/meetings/" + meetingId + "/participants/" + memberId;
    }

    @Override
    public UUID personId() {
        return memberId;
    }
}
