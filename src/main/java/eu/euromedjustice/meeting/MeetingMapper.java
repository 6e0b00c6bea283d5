package eu.euromedjustice.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import eu.euromedjustice.common.persistence.TagColumn;
import eu.euromedjustice.member.PersonSummaryDto;
import eu.euromedjustice.reference.Topic;

/** Entity to record and back for meetings and their parts: the one place that copies fields. */
final class MeetingMapper {

    /** The order of participants in a meeting: who leads first. */
    private static final List<ParticipantRole> ROLE_ORDER = List.of(ParticipantRole.CHAIR, ParticipantRole.SPEAKER,
            ParticipantRole.ORGANISER, ParticipantRole.PARTICIPANT, ParticipantRole.OBSERVER);
    static final Comparator<ParticipantDto> BY_ROLE = Comparator.comparingInt(participant -> ROLE_ORDER.indexOf(participant.role()));

    private MeetingMapper() {
    }

    /** The meeting; the parts are null in lists, where they are left out. */
    static MeetingDto toDto(Meeting meeting, List<CountryAttendanceDto> attendance, List<AgendaItemDto> agendaItems,
            List<ParticipantDto> participants, List<MeetingDocumentDto> documents) {
        return toDto(meeting, attendance, agendaItems, participants, documents, null);
    }

    /** The single meeting, with what roadmaps record at it. */
    static MeetingDto toDto(Meeting meeting, List<CountryAttendanceDto> attendance, List<AgendaItemDto> agendaItems,
            List<ParticipantDto> participants, List<MeetingDocumentDto> documents, MeetingRoadmaps.Links roadmaps) {
        return new MeetingDto(meeting.id, meeting.expertGroupCode, meeting.sessionNumber, meeting.title, meeting.summary,
                meeting.startDate, meeting.endDate, meeting.timeZone, meeting.venue, meeting.city, meeting.countryCode,
                meeting.hostOrganisationId, meeting.format, meeting.status, topicsOf(meeting), meeting.outcomes, attendance,
                agendaItems, participants, documents, roadmaps == null ? null : roadmaps.adopted(),
                roadmaps == null ? null : roadmaps.reports(), meeting.version(), meeting.createdAt(), meeting.updatedAt());
    }

    static MeetingInput toInput(Meeting meeting) {
        return new MeetingInput(meeting.expertGroupCode, meeting.sessionNumber, meeting.title, meeting.summary,
                meeting.startDate, meeting.endDate, meeting.timeZone, meeting.venue, meeting.city, meeting.countryCode,
                meeting.hostOrganisationId, meeting.format, meeting.status, topicsOf(meeting), meeting.outcomes);
    }

    static void apply(MeetingInput input, Meeting meeting) {
        meeting.expertGroupCode = input.expertGroup();
        meeting.sessionNumber = input.sessionNumber();
        meeting.title = input.title();
        meeting.summary = input.summary();
        meeting.startDate = input.startDate();
        meeting.endDate = input.endDate();
        meeting.timeZone = input.timeZone();
        meeting.venue = input.venue();
        meeting.city = input.city();
        meeting.countryCode = input.countryCode();
        meeting.hostOrganisationId = input.hostOrganisationId();
        meeting.format = input.format();
        meeting.status = input.status() == null ? MeetingStatus.PLANNED : input.status();
        // in the vocabulary's order, so that equal sets are equal texts and a replace changes nothing
        meeting.topics = TagColumn.encode(input.topics() == null ? List.of()
                : input.topics().stream().sorted().map(Topic::name).toList());
        meeting.outcomes = input.outcomes();
    }

    private static List<Topic> topicsOf(Meeting meeting) {
        return TagColumn.decode(meeting.topics).stream().map(Topic::valueOf).toList();
    }

    /** Counts per country and attendance (rows of country code or null, attendance, count) as one entry per country. */
    static List<CountryAttendanceDto> attendance(List<CountedAttendance> counts) {
        Map<String, int[]> byCountry = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (CountedAttendance count : counts) {
            byCountry.computeIfAbsent(count.countryCode(), country -> new int[Attendance.values().length])
                    [count.attendance().ordinal()] += count.count();
        }
        List<CountryAttendanceDto> entries = new ArrayList<>();
        byCountry.forEach((country, n) -> entries.add(new CountryAttendanceDto(country, n[Attendance.INVITED.ordinal()],
                n[Attendance.CONFIRMED.ordinal()], n[Attendance.ATTENDED.ordinal()], n[Attendance.EXCUSED.ordinal()],
                n[0] + n[1] + n[2] + n[3])));
        return entries;
    }

    /** How many participants of a country (null: none) are in an attendance state. */
    record CountedAttendance(String countryCode, Attendance attendance, int count) {
    }

    static AgendaItemDto toDto(AgendaItem item) {
        return new AgendaItemDto(item.id, item.meetingId, item.position, item.title, item.description, item.startsAt,
                item.endsAt, item.type, speakersOf(item), item.version(), item.createdAt(), item.updatedAt());
    }

    static AgendaItemInput toInput(AgendaItem item) {
        return new AgendaItemInput(item.position, item.title, item.description, item.startsAt, item.endsAt, item.type,
                speakersOf(item));
    }

    /** Everything but the position, which the service assigns. */
    static void apply(AgendaItemInput input, AgendaItem item) {
        item.title = input.title();
        item.description = input.description();
        item.startsAt = input.startsAt();
        item.endsAt = input.endsAt();
        item.type = input.type();
        item.speakerIds = TagColumn.encode(input.speakerIds() == null ? List.of()
                : input.speakerIds().stream().map(UUID::toString).toList());
    }

    static List<UUID> speakersOf(AgendaItem item) {
        return TagColumn.decode(item.speakerIds).stream().map(UUID::fromString).toList();
    }

    static ParticipantDto toDto(Participant participant, PersonSummaryDto member) {
        return new ParticipantDto(participant.memberId, member, participant.role, participant.attendance,
                participant.version(), participant.createdAt(), participant.updatedAt());
    }

    static ParticipantInput toInput(Participant participant) {
        return new ParticipantInput(participant.memberId, participant.role, participant.attendance);
    }

    static void apply(ParticipantInput input, Participant participant) {
        participant.role = input.role();
        participant.attendance = input.attendance() == null ? Attendance.INVITED : input.attendance();
    }

    static MeetingDocumentDto toDto(MeetingDocument document) {
        return new MeetingDocumentDto(document.id, document.meetingId, document.type, document.title, document.language,
                document.url, document.isPublic, document.version(), document.createdAt(), document.updatedAt());
    }

    static MeetingDocumentInput toInput(MeetingDocument document) {
        return new MeetingDocumentInput(document.type, document.title, document.language, document.url, document.isPublic);
    }

    static void apply(MeetingDocumentInput input, MeetingDocument document) {
        document.type = input.type();
        document.title = input.title();
        document.language = input.language();
        document.url = input.url();
        document.isPublic = input.isPublic() != null && input.isPublic();
    }
}
