package eu.euromedjustice.meeting;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.member.PersonEmbedding;

/**
 * Meetings show their participants: when a participant's person changes (a new name, consent
 * withdrawn, erased), the participant and its meeting move on to a new version, so that a
 * conditional GET cannot keep serving the old person.
 */
@ApplicationScoped
public class MeetingPeople implements PersonEmbedding {

    private final MeetingRepository meetings;
    private final ParticipantRepository participants;

    public MeetingPeople(MeetingRepository meetings, ParticipantRepository participants) {
        this.meetings = meetings;
        this.participants = participants;
    }

    /**
     * Locks the person's meetings in id order, after the person: adding a participant locks the
     * person before the meeting, so none can join while this runs.
     */
    @Override
    public void changed(UUID personId) {
        participants.meetingsOf(personId).forEach(meetingId -> meetings.findLocked(meetingId).ifPresent(Meeting::touch));
        // read once the meetings are locked, so that no participant write changes them in between
        participants.findByMember(personId).forEach(Participant::touch);
        participants.flush();
    }
}
