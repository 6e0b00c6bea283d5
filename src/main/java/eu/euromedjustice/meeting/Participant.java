package eu.euromedjustice.meeting;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import eu.euromedjustice.common.persistence.VersionedEntity;
import org.hibernate.annotations.UuidGenerator;

/** A member taking part in a meeting, at most once per meeting. */
@Entity
@Table(name = "meeting_participant")
public class Participant extends VersionedEntity {

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
}
