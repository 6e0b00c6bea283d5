package eu.euromedjustice.meeting;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.member.MemberService;
import eu.euromedjustice.member.PersonSummaryDto;
import eu.euromedjustice.security.Viewer;

/**
 * A meeting's participants, each member at most once. Every write locks the meeting first and moves
 * its version on; the unique key meeting_participant_uk backs the once-only rule.
 */
@ApplicationScoped
public class ParticipantService {

    public static final String PAGE_SCOPE = "participants";
    /** The most participants a meeting has (the contract bounds the embedded list by it). */
    public static final int MAX_PARTICIPANTS = 2000;

    private final MeetingService meetings;
    private final ParticipantRepository participants;
    private final AgendaItemRepository agendaItems;
    private final MemberService members;
    private final MergePatch mergePatch;

    public ParticipantService(MeetingService meetings, ParticipantRepository participants, AgendaItemRepository agendaItems,
            MemberService members, MergePatch mergePatch) {
        this.meetings = meetings;
        this.participants = participants;
        this.agendaItems = agendaItems;
        this.members = members;
        this.mergePatch = mergePatch;
    }

    /** In the order they were added; anonymous callers get those who chair or speak only. */
    public Page<ParticipantDto> list(MeetingPartFilter filter, PageRequest page, Viewer viewer) {
        UUID meetingId = filter.meetingId();
        meetings.requireExists(meetingId);
        Page<Participant> found = MeetingService.seesAllParticipants(viewer)
                ? participants.findPage(meetingId, filter.updatedSince(), null, null, page)
                : participants.findPage(meetingId, filter.updatedSince(), MeetingService.PUBLIC_ROLES,
                        agendaItems.speakersOf(meetingId), page);
        Map<UUID, PersonSummaryDto> people = members.summaries(
                found.items().stream().map(participant -> participant.memberId).collect(Collectors.toSet()), viewer);
        return found.map(participant -> MeetingMapper.toDto(participant, people.get(participant.memberId)));
    }

    public ParticipantDto get(UUID meetingId, UUID memberId, Viewer viewer) {
        meetings.requireExists(meetingId);
        Participant participant = find(meetingId, memberId);
        if (!MeetingService.seesAllParticipants(viewer) && !MeetingService.isPublic(participant.role)
                && agendaItems.findBySpeaker(meetingId, memberId).isEmpty()) {
            throw notFound(memberId); // whether someone attends is not public
        }
        return view(participant, viewer);
    }

    @Transactional
    public ParticipantDto add(UUID meetingId, ParticipantInput input, Viewer viewer) {
        members.requireKnown("memberId", input.memberId()); // the person before the meeting: see PersonEmbedding
        Meeting meeting = meetings.lock(meetingId);
        if (participants.countByMeeting(meetingId) >= MAX_PARTICIPANTS) {
            throw ProblemException.conflict("The meeting already has " + MAX_PARTICIPANTS + " participants, the most it may have.");
        }
        if (participants.findOne(meetingId, input.memberId()).isPresent()) {
            throw ProblemException.conflict("Member '" + input.memberId() + "' already participates in the meeting; change "
                    + "the role or attendance with PATCH " + "/api/v1/meetings/" + meetingId + "/participants/" + input.memberId() + ".");
        }
        Participant participant = new Participant();
        participant.meetingId = meetingId;
        participant.memberId = input.memberId();
        MeetingMapper.apply(input, participant);
        participants.persist(participant);
        meeting.touch();
        participants.flush();
        return view(participant, viewer);
    }

    @Transactional
    public ParticipantDto patch(UUID meetingId, UUID memberId, IfMatch ifMatch, JsonNode patch, Viewer viewer) {
        Meeting meeting = meetings.lock(meetingId);
        Participant participant = find(meetingId, memberId);
        ifMatch.check(participant.version());
        ParticipantInput current = MeetingMapper.toInput(participant);
        ParticipantInput input = mergePatch.apply(current, patch, ParticipantInput.class);
        if (!input.memberId().equals(memberId)) {
            throw ProblemException.invalidField("memberId", "cannot change; remove the participant and add the other member");
        }
        if (!input.equals(current)) {
            MeetingMapper.apply(input, participant);
            meeting.touch();
            participants.flush();
        }
        return view(participant, viewer);
    }

    /** Removes a participant who does not speak on the agenda. */
    @Transactional
    public void delete(UUID meetingId, UUID memberId, IfMatch ifMatch) {
        Meeting meeting = meetings.lock(meetingId);
        Participant participant = find(meetingId, memberId);
        ifMatch.check(participant.version());
        List<AgendaItem> speaking = agendaItems.findBySpeaker(meetingId, memberId);
        if (!speaking.isEmpty()) {
            throw ProblemException.conflict("Member '" + memberId + "' speaks on agenda item(s) "
                    + speaking.stream().map(item -> Integer.toString(item.position)).collect(Collectors.joining(", "))
                    + "; take them off the agenda first.");
        }
        participants.delete(participant);
        meeting.touch();
        participants.flush();
    }

    private ParticipantDto view(Participant participant, Viewer viewer) {
        return MeetingMapper.toDto(participant, members.summaries(List.of(participant.memberId), viewer).get(participant.memberId));
    }

    private Participant find(UUID meetingId, UUID memberId) {
        return participants.findOne(meetingId, memberId).orElseThrow(() -> notFound(memberId));
    }

    private static ProblemException notFound(UUID memberId) {
        return ProblemException.notFound("Participant", memberId);
    }
}
