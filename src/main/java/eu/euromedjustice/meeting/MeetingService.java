package eu.euromedjustice.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.euromedjustice.common.http.Preconditions.IfMatch;
import eu.euromedjustice.common.http.RecentViews;
import eu.euromedjustice.common.http.RenderedJson;
import eu.euromedjustice.common.json.MergePatch;
import eu.euromedjustice.common.paging.Page;
import eu.euromedjustice.common.paging.PageRequest;
import eu.euromedjustice.common.persistence.References;
import eu.euromedjustice.common.problem.ProblemException;
import eu.euromedjustice.member.MemberService;
import eu.euromedjustice.reference.CountryService;
import eu.euromedjustice.reference.ExpertGroupService;
import eu.euromedjustice.reference.OrganisationService;
import eu.euromedjustice.security.Role;
import eu.euromedjustice.security.Viewer;

/**
 * Meetings, and what each caller may see of them: anonymous callers the public facts (participants
 * who chair or speak, public documents), PARTNER and above every participant as the member rules
 * allow, MEMBER and above every document.
 */
@ApplicationScoped
public class MeetingService {

    public static final String PAGE_SCOPE = "meetings";
    /** The most meetings one calendar feed holds: the newest by start date. */
    public static final int CALENDAR_LIMIT = 1000;
    /** The roles whose holders' names are public. */
    static final List<ParticipantRole> PUBLIC_ROLES = List.of(ParticipantRole.CHAIR, ParticipantRole.SPEAKER);
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    private final MeetingRepository meetings;
    private final AgendaItemRepository agendaItems;
    private final ParticipantRepository participants;
    private final MeetingDocumentRepository documents;
    private final ExpertGroupService groups;
    private final CountryService countries;
    private final OrganisationService organisations;
    private final MergePatch mergePatch;
    private final MeetingRoadmaps roadmaps;
    private final References references;
    private final ObjectMapper json;
    /** Views of the meetings read lately; one of 30 participants and 10 agenda items is 12 KB. */
    private final RecentViews<ViewKey, RenderedJson> views = new RecentViews<>(1000);

    public MeetingService(MeetingRepository meetings, AgendaItemRepository agendaItems, ParticipantRepository participants,
            MeetingDocumentRepository documents, ExpertGroupService groups, CountryService countries,
            OrganisationService organisations, MergePatch mergePatch, MeetingRoadmaps roadmaps, References references, ObjectMapper json) {
        this.meetings = meetings;
        this.agendaItems = agendaItems;
        this.participants = participants;
        this.documents = documents;
        this.groups = groups;
        this.countries = countries;
        this.organisations = organisations;
        this.mergePatch = mergePatch;
        this.roadmaps = roadmaps;
        this.references = references;
        this.json = json;
    }

    /** One page, without the parts, with the attendance of all its meetings counted in one query. */
    public Page<MeetingDto> list(MeetingFilter filter, PageRequest page) {
        Page<Meeting> found = meetings.findPage(filter, page);
        Map<UUID, List<MeetingMapper.CountedAttendance>> counts = new HashMap<>();
        if (!found.items().isEmpty()) {
            for (Object[] row : participants.countByCountry(found.items().stream().map(meeting -> meeting.id).toList())) {
                counts.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(
                        new MeetingMapper.CountedAttendance((String) row[1], (Attendance) row[2], ((Number) row[3]).intValue()));
            }
        }
        return found.map(meeting -> MeetingMapper.toDto(meeting,
                MeetingMapper.attendance(counts.getOrDefault(meeting.id, List.of())), null, null, null));
    }

    /**
     * A tag of the calendar feed's meetings that changes when one of them changes, comes or goes: one
     * query of their ids and versions, without loading them.
     */
    public long calendarTag(MeetingFilter filter) {
        return CalendarFeeds.tagOf(meetings.findNewestVersions(filter, CALENDAR_LIMIT));
    }

    /** The meetings of the calendar feed: the newest {@link #CALENDAR_LIMIT} that match, without their parts. */
    public List<MeetingDto> calendar(MeetingFilter filter) {
        return meetings.findNewest(filter, CALENDAR_LIMIT).stream()
                .map(meeting -> MeetingMapper.toDto(meeting, List.of(), null, null, null)).toList();
    }

    /**
     * The meeting with its parts as the viewer sees them, in four queries whatever their number:
     * meeting with its agenda, participants with people, documents, and the roadmaps adopted and
     * reported at it.
     */
    public MeetingDto get(UUID id, Viewer viewer) {
        MeetingRepository.WithAgenda found = meetings.findWithAgenda(id).orElseThrow(() -> notFound(id));
        return view(found.meeting(), found.agenda(), viewer);
    }

    /**
     * The same, serialised, and kept: while its version is current (one primary-key read), the
     * bytes are given again. A profile of the meeting GET spent three quarters of its time making the
     * view, and most of what was left serialising it.
     */
    public RenderedJson render(UUID id, Viewer viewer) {
        return views.get(new ViewKey(id, viewer), kept -> kept == version(id), () -> RenderedJson.of(json, get(id, viewer)),
                RenderedJson::version);
    }

    /** What a kept view of a meeting depends on besides its version: who looks (roles, own member record). */
    private record ViewKey(UUID meeting, Viewer viewer) {
    }

    /**
     * The version that {@link #get} shows, in one query: every change of a part (agenda,
     * participants and their people, documents, roadmap links) moves it on. Anyone may read any meeting.
     */
    public long version(UUID id) {
        return meetings.findVersion(id).orElseThrow(() -> notFound(id));
    }

    /** For the parts' services: the meeting exists (404 otherwise). */
    void requireExists(UUID id) {
        find(id);
    }

    /** The meeting without its parts, such as for its calendar entry: one query. */
    public MeetingDto getAlone(UUID id) {
        return MeetingMapper.toDto(find(id), List.of(), null, null, null);
    }

    @Transactional
    public MeetingDto create(MeetingInput input, Viewer viewer) {
        Meeting meeting = new Meeting();
        check(input, null);
        MeetingMapper.apply(input, meeting);
        meetings.persistAndFlush(meeting);
        return view(meeting, viewer);
    }

    @Transactional
    public MeetingDto replace(UUID id, IfMatch ifMatch, MeetingInput input, Viewer viewer) {
        Meeting meeting = lock(id);
        ifMatch.check(meeting.version());
        return update(meeting, input, viewer);
    }

    @Transactional
    public MeetingDto patch(UUID id, IfMatch ifMatch, JsonNode patch, Viewer viewer) {
        Meeting meeting = lock(id);
        ifMatch.check(meeting.version());
        return update(meeting, mergePatch.apply(MeetingMapper.toInput(meeting), patch, MeetingInput.class), viewer);
    }

    /** Deletes the meeting with its parts, unless it was held: a record of what happened stays. */
    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        Meeting meeting = lock(id);
        ifMatch.check(meeting.version());
        if (meeting.status == MeetingStatus.HELD) {
            throw ProblemException.conflict("Meeting '" + id + "' was held and stays on record; set its status to CANCELLED "
                    + "or correct it instead.");
        }
        references.requireUnreferenced(Meeting.class, id, "Meeting '" + id + "'", "");
        agendaItems.deleteByMeeting(id);
        participants.deleteByMeeting(id);
        documents.deleteByMeeting(id);
        meetings.delete(meeting);
        meetings.flush();
    }

    /** A meeting's first and last day. */
    public record Days(LocalDate start, LocalDate end) {
    }

    /**
     * For the features a meeting's GET lists (roadmaps adopted or reported at it): locks the meeting
     * and moves its version on, since what it shows changes; a 400 naming the field when there is no
     * such meeting. The row lock also keeps a delete of the meeting from passing its reference check
     * meanwhile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Days touch(String field, UUID id) {
        Meeting meeting = meetings.findLocked(id)
                .orElseThrow(() -> ProblemException.invalidField(field, "is not the id of an existing meeting"));
        meeting.touch();
        return new Days(meeting.startDate, meeting.endDate);
    }

    /** The meeting, its row locked: every write to it or its parts takes this lock first. */
    Meeting lock(UUID id) {
        return meetings.findLocked(id).orElseThrow(() -> notFound(id));
    }

    private MeetingDto update(Meeting meeting, MeetingInput input, Viewer viewer) {
        check(input, meeting);
        MeetingMapper.apply(input, meeting);
        meetings.flush();
        return view(meeting, viewer);
    }

    /** Field rules across fields, references, the session number, the status rule, and the agenda within the dates. */
    private void check(MeetingInput input, Meeting existing) {
        if (input.endDate().isBefore(input.startDate())) {
            throw ProblemException.invalidField("endDate", "must not be before startDate");
        }
        if (!ZONES.contains(input.timeZone())) {
            throw ProblemException.invalidField("timeZone", "must be an IANA time zone such as Europe/Brussels");
        }
        groups.requireKnown("expertGroup", input.expertGroup());
        countries.requireKnown("countryCode", input.countryCode());
        organisations.requireKnown("hostOrganisationId", input.hostOrganisationId());
        if (input.status() == MeetingStatus.HELD && LocalDate.now(ZoneId.of(input.timeZone())).isBefore(input.endDate())) {
            throw ProblemException.conflict("A meeting cannot be HELD before its end date (" + input.endDate() + " in "
                    + input.timeZone() + "); keep it PLANNED or CONFIRMED until then.");
        }
        UUID self = existing == null ? null : existing.id;
        if (input.sessionNumber() != null && meetings.sessionTaken(input.expertGroup(), input.sessionNumber(), self)) {
            throw ProblemException.conflict("Expert group " + input.expertGroup() + " already has a session number "
                    + input.sessionNumber() + ".");
        }
        if (existing != null) {
            agendaItems.findByMeeting(existing.id).stream()
                    .filter(item -> !AgendaService.within(item.startsAt, input) || !AgendaService.within(item.endsAt, input))
                    .findFirst().ifPresent(item -> {
                        throw ProblemException.conflict("Agenda item " + item.position + " (" + item.id + ") lies outside "
                                + input.startDate() + " to " + input.endDate() + "; move or delete it first.");
                    });
        }
    }

    /** The meeting with its parts as the viewer may see them. */
    private MeetingDto view(Meeting meeting, Viewer viewer) {
        return view(meeting, agendaItems.findByMeeting(meeting.id), viewer);
    }

    private MeetingDto view(Meeting meeting, List<AgendaItem> items, Viewer viewer) {
        List<AgendaItemDto> agenda = items.stream().map(MeetingMapper::toDto).toList();
        List<ParticipantDto> all = participants.findWithPeople(meeting.id).stream()
                .map(row -> MeetingMapper.toDto(row.participant(), MemberService.summary(row.person(), viewer)))
                .sorted(MeetingMapper.BY_ROLE).toList();
        List<MeetingMapper.CountedAttendance> counts = all.stream()
                .map(participant -> new MeetingMapper.CountedAttendance(participant.member().countryCode(),
                        participant.attendance(), 1))
                .toList();
        List<ParticipantDto> shown = all;
        if (!seesAllParticipants(viewer)) {
            Set<UUID> speakers = agenda.stream().flatMap(item -> item.speakerIds().stream()).collect(Collectors.toSet());
            shown = all.stream().filter(participant -> isPublic(participant.role()) || speakers.contains(participant.memberId()))
                    .toList();
        }
        List<MeetingDocumentDto> docs = documents.findByMeeting(meeting.id, seesAllDocuments(viewer)).stream()
                .map(MeetingMapper::toDto).toList();
        return MeetingMapper.toDto(meeting, MeetingMapper.attendance(counts), agenda, shown, docs, roadmaps.of(meeting.id));
    }

    private Meeting find(UUID id) {
        return meetings.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /** Every signed-in caller sees every participant (as the member rules allow); anonymous ones only who chairs or speaks. */
    static boolean seesAllParticipants(Viewer viewer) {
        return !viewer.roles().isEmpty();
    }

    /** Non-public documents are for MEMBER and above. */
    static boolean seesAllDocuments(Viewer viewer) {
        return viewer.isStaff() || viewer.has(Role.MEMBER);
    }

    static boolean isPublic(ParticipantRole role) {
        return PUBLIC_ROLES.contains(role);
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Meeting", id);
    }
}
