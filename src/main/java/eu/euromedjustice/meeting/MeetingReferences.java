package eu.euromedjustice.meeting;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.persistence.ReferenceCheck;
import eu.euromedjustice.common.persistence.References;
import eu.euromedjustice.member.Person;
import eu.euromedjustice.reference.ExpertGroup;
import eu.euromedjustice.reference.Organisation;

/**
 * Meetings refer to expert groups and host organisations, and their participants to members
 * (speakers are always participants, so they are counted with them).
 */
@ApplicationScoped
public class MeetingReferences implements ReferenceCheck {

    private final MeetingRepository meetings;
    private final ParticipantRepository participants;

    public MeetingReferences(MeetingRepository meetings, ParticipantRepository participants) {
        this.meetings = meetings;
        this.participants = participants;
    }

    @Override
    public List<String> referencesTo(Class<?> target, Object key) {
        if (target == Organisation.class) {
            return References.counted(meetings.countByHost((UUID) key), "meeting it hosts", "meetings it hosts");
        }
        if (target == ExpertGroup.class) {
            return References.counted(meetings.countByExpertGroup((String) key), "meeting", "meetings");
        }
        if (target == Person.class) {
            return References.counted(participants.countByMember((UUID) key), "meeting participation", "meeting participations");
        }
        return List.of();
    }
}
