package eu.euromedjustice.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

/**
 * A meeting's agenda. Every write locks the meeting first, so that positions stay 1 to n, each once,
 * whatever runs at the same time, and moves the meeting's version on, since the meeting embeds its agenda.
 */
@ApplicationScoped
public class AgendaService {

    public static final String PAGE_SCOPE = "agenda-items";

    private final MeetingService meetings;
    private final AgendaItemRepository items;
    private final ParticipantRepository participants;
    private final MergePatch mergePatch;

    public AgendaService(MeetingService meetings, AgendaItemRepository items, ParticipantRepository participants,
            MergePatch mergePatch) {
        this.meetings = meetings;
        this.items = items;
        this.participants = participants;
        this.mergePatch = mergePatch;
    }

    public Page<AgendaItemDto> list(MeetingPartFilter filter, PageRequest page) {
        meetings.requireExists(filter.meetingId());
        return items.findPage(filter.meetingId(), filter.updatedSince(), page).map(MeetingMapper::toDto);
    }

    public AgendaItemDto get(UUID meetingId, UUID id) {
        meetings.requireExists(meetingId);
        return MeetingMapper.toDto(find(meetingId, id));
    }

    @Transactional
    public AgendaItemDto add(UUID meetingId, AgendaItemInput input) {
        Meeting meeting = meetings.lock(meetingId);
        List<AgendaItem> agenda = new ArrayList<>(items.findByMeeting(meetingId));
        if (agenda.size() >= AgendaItemInput.MAX_ITEMS) {
            throw ProblemException.conflict("The agenda already has " + AgendaItemInput.MAX_ITEMS + " items, the most it may have.");
        }
        int position = input.position() == null ? agenda.size() + 1 : input.position();
        if (position > agenda.size() + 1) {
            throw ProblemException.invalidField("position", "must be at most " + (agenda.size() + 1)
                    + ", right after the last of the " + agenda.size() + " items");
        }
        check(meeting, input);
        AgendaItem item = new AgendaItem();
        item.meetingId = meetingId;
        MeetingMapper.apply(input, item);
        agenda.add(position - 1, item);
        renumber(agenda);
        items.persist(item);
        meeting.touch();
        items.flush();
        return MeetingMapper.toDto(item);
    }

    @Transactional
    public AgendaItemDto patch(UUID meetingId, UUID id, IfMatch ifMatch, JsonNode patch) {
        Meeting meeting = meetings.lock(meetingId);
        AgendaItem item = find(meetingId, id);
        ifMatch.check(item.version());
        AgendaItemInput current = MeetingMapper.toInput(item);
        AgendaItemInput input = mergePatch.apply(current, patch, AgendaItemInput.class);
        List<AgendaItem> agenda = new ArrayList<>(items.findByMeeting(meetingId));
        int position = input.position() == null ? item.position : input.position();
        if (position > agenda.size()) {
            throw ProblemException.invalidField("position", "must be at most " + agenda.size() + ", the number of items");
        }
        check(meeting, input);
        if (!input.equals(current)) { // a patch that changes nothing leaves the versions as they are
            MeetingMapper.apply(input, item);
            agenda.remove(item);
            agenda.add(position - 1, item);
            renumber(agenda);
            meeting.touch();
            items.flush();
        }
        return MeetingMapper.toDto(item);
    }

    @Transactional
    public void delete(UUID meetingId, UUID id, IfMatch ifMatch) {
        Meeting meeting = meetings.lock(meetingId);
        AgendaItem item = find(meetingId, id);
        ifMatch.check(item.version());
        List<AgendaItem> agenda = new ArrayList<>(items.findByMeeting(meetingId));
        agenda.remove(item);
        items.delete(item);
        renumber(agenda);
        meeting.touch();
        items.flush();
    }

    /** Puts the items in the order of these ids, which must be the agenda's ids, each once. */
    @Transactional
    public void reorder(UUID meetingId, IfMatch ifMatch, List<UUID> order) {
        Meeting meeting = meetings.lock(meetingId);
        ifMatch.check(meeting.version());
        List<AgendaItem> agenda = items.findByMeeting(meetingId);
        Set<UUID> current = agenda.stream().map(item -> item.id).collect(Collectors.toSet());
        if (order.size() != new HashSet<>(order).size()) {
            throw ProblemException.invalidField("itemIds", "must name each item once");
        }
        if (!current.equals(new HashSet<>(order))) {
            throw ProblemException.conflict("itemIds must name exactly the " + agenda.size() + " items of the agenda, each "
                    + "once; it has changed meanwhile, or an id is not one of its items.");
        }
        List<AgendaItem> ordered = order.stream()
                .map(id -> agenda.stream().filter(item -> item.id.equals(id)).findFirst().orElseThrow()).toList();
        if (!ordered.equals(agenda)) {
            renumber(ordered);
            meeting.touch();
            items.flush();
        }
    }

    /** Times on the meeting's days, in order; speakers among the participants. */
    private void check(Meeting meeting, AgendaItemInput input) {
        if (input.endsAt() != null && input.startsAt() == null) {
            throw ProblemException.invalidField("endsAt", "needs startsAt");
        }
        if (input.endsAt() != null && input.endsAt().isBefore(input.startsAt())) {
            throw ProblemException.invalidField("endsAt", "must not be before startsAt");
        }
        for (String field : List.of("startsAt", "endsAt")) {
            LocalDateTime time = field.equals("startsAt") ? input.startsAt() : input.endsAt();
            if (!within(time, meeting.startDate, meeting.endDate)) {
                throw ProblemException.invalidField(field, "must be on one of the meeting's days, " + meeting.startDate
                        + " to " + meeting.endDate);
            }
        }
        List<UUID> speakers = input.speakerIds() == null ? List.of() : input.speakerIds();
        Set<UUID> participating = speakers.isEmpty() ? Set.of() : Set.copyOf(participants.membersOf(meeting.id));
        for (int i = 0; i < speakers.size(); i++) {
            if (!participating.contains(speakers.get(i))) {
                throw ProblemException.invalidField("speakerIds[" + i + "]",
                        "is not a participant of the meeting; add the member as a participant first");
            }
        }
    }

    static boolean within(LocalDateTime time, MeetingInput meeting) {
        return within(time, meeting.startDate(), meeting.endDate());
    }

    private static boolean within(LocalDateTime time, LocalDate start, LocalDate end) {
        return time == null || (!time.toLocalDate().isBefore(start) && !time.toLocalDate().isAfter(end));
    }

    /** Positions 1 to n in list order; only the items whose position changes are written (and their versions move on). */
    private static void renumber(List<AgendaItem> agenda) {
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).position != i + 1) {
                agenda.get(i).position = i + 1;
            }
        }
    }

    private AgendaItem find(UUID meetingId, UUID id) {
        return items.find("id = ?1 and meetingId = ?2", id, meetingId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Agenda item", id));
    }
}
