package eu.euromedjustice.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import eu.euromedjustice.common.demo.DemoDataContributor;
import eu.euromedjustice.common.demo.DemoRecords;
import eu.euromedjustice.common.i18n.LanguageMap;
import eu.euromedjustice.reference.Topic;

/**
 * The CrimEx sessions of 2017 and 2018, the 2nd (8 to 11 May 2017) in full: participants of seven
 * South Partner Countries and experts of EUROJUST, the EJN and UNCTED, the agenda on which the
 * roadmap for national coordination platforms was drafted, and its documents. The people are the
 * fictional members of the member demo data; the document addresses are on an example domain.
 */
@ApplicationScoped
public class MeetingDemoData implements DemoDataContributor {

    private static final String DOCUMENTS = "https://documents.euromed-justice.example/crimex/";

    private final MeetingRepository meetings;
    private final AgendaItemRepository agendaItems;
    private final ParticipantRepository participants;
    private final MeetingDocumentRepository documents;
    private final DemoRecords records;

    public MeetingDemoData(MeetingRepository meetings, AgendaItemRepository agendaItems, ParticipantRepository participants,
            MeetingDocumentRepository documents, DemoRecords records) {
        this.meetings = meetings;
        this.records = records;
        this.agendaItems = agendaItems;
        this.participants = participants;
        this.documents = documents;
    }

    @Override
    public int order() {
        return 120; // after the members
    }

    @Override
    public void load() {
        Meeting first = meeting(1, "1st CrimEx meeting: launch of the expert group", "1re réunion CrimEx : lancement du groupe d'experts",
                "الاجتماع الأول لفريق خبراء CrimEx: إطلاق الفريق", LocalDate.of(2017, 3, 7), LocalDate.of(2017, 3, 8),
                "Europe/Brussels", "Brussels", "BE", null, MeetingStatus.HELD, List.of(Topic.MUTUAL_LEGAL_ASSISTANCE));
        attend(first, Attendance.ATTENDED, ParticipantRole.CHAIR, "El-Sayed");
        attend(first, Attendance.ATTENDED, ParticipantRole.ORGANISER, "Núñez", "Papadopoulou");
        attend(first, Attendance.ATTENDED, ParticipantRole.PARTICIPANT, "Benalí", "Bouzid", "Alaoui", "Al-Masri", "Khoury");
        attend(first, Attendance.EXCUSED, ParticipantRole.PARTICIPANT, "Rosen");

        secondSession();

        Meeting third = meeting(3, "3rd CrimEx meeting: national coordination platforms", "3e réunion CrimEx : plateformes nationales de coordination",
                "الاجتماع الثالث لفريق CrimEx: منصات التنسيق الوطنية", LocalDate.of(2017, 10, 17), LocalDate.of(2017, 10, 19),
                "Africa/Casablanca", "Rabat", "MA", "MOJ-MA", MeetingStatus.HELD,
                List.of(Topic.TERRORISM, Topic.ORGANISED_CRIME));
        attend(third, Attendance.ATTENDED, ParticipantRole.CHAIR, "El-Sayed");
        attend(third, Attendance.ATTENDED, ParticipantRole.ORGANISER, "Papadopoulou");
        attend(third, Attendance.ATTENDED, ParticipantRole.PARTICIPANT, "Benalí", "Alaoui", "Benjelloun", "Haddadin", "Ben Ali");
        attend(third, Attendance.ATTENDED, ParticipantRole.SPEAKER, "Bianchi");

        Meeting fourth = meeting(4, "4th CrimEx meeting: the handbook and the fiches", "4e réunion CrimEx : le manuel et les fiches",
                "الاجتماع الرابع لفريق CrimEx: الدليل والبطاقات", LocalDate.of(2018, 3, 13), LocalDate.of(2018, 3, 15),
                "Europe/Lisbon", "Lisbon", "PT", null, MeetingStatus.HELD, List.of(Topic.ELECTRONIC_EVIDENCE, Topic.CYBERCRIME));
        attend(fourth, Attendance.ATTENDED, ParticipantRole.CHAIR, "El-Sayed");
        attend(fourth, Attendance.ATTENDED, ParticipantRole.SPEAKER, "Ferreira");
        attend(fourth, Attendance.ATTENDED, ParticipantRole.PARTICIPANT, "Abdelrahman", "Rosen", "Barghouti", "Nassar");
        attend(fourth, Attendance.EXCUSED, ParticipantRole.PARTICIPANT, "Gheriani");

        Meeting fifth = meeting(5, "5th CrimEx meeting: asset recovery", "5e réunion CrimEx : recouvrement des avoirs", null,
                LocalDate.of(2018, 6, 19), LocalDate.of(2018, 6, 20), "Africa/Tunis", "Tunis", "TN", "MOJ-TN",
                MeetingStatus.POSTPONED, List.of(Topic.ASSET_RECOVERY, Topic.MONEY_LAUNDERING));
        attend(fifth, Attendance.INVITED, ParticipantRole.PARTICIPANT, "Haddad", "Khoury", "Levi");

        Meeting sixth = meeting(6, "6th CrimEx meeting: progress on the national roadmaps", "6e réunion CrimEx : avancement des feuilles de route nationales",
                "الاجتماع السادس لفريق CrimEx: التقدم في خرائط الطريق الوطنية", LocalDate.of(2018, 11, 20), LocalDate.of(2018, 11, 22),
                "Europe/Brussels", "Brussels", "BE", "EMJ", MeetingStatus.PLANNED, List.of(Topic.MUTUAL_LEGAL_ASSISTANCE));
        attend(sixth, Attendance.CONFIRMED, ParticipantRole.CHAIR, "El-Sayed");
        attend(sixth, Attendance.INVITED, ParticipantRole.PARTICIPANT, "Benalí", "Bouzid", "Alaoui", "Barghouti", "Rosen");
    }

    private void secondSession() {
        Meeting second = meeting(2, "2nd CrimEx meeting", "2e réunion CrimEx", "الاجتماع الثاني لفريق خبراء CrimEx",
                LocalDate.of(2017, 5, 8), LocalDate.of(2017, 5, 11), "Europe/Amsterdam", "The Hague", "NL", "EUROJUST",
                MeetingStatus.HELD, List.of(Topic.MUTUAL_LEGAL_ASSISTANCE, Topic.TERRORISM, Topic.ORGANISED_CRIME));
        second.summary = LanguageMap.of("Practitioners of Algeria, Egypt, Jordan, Israel, Morocco, Palestine and Tunisia met "
                + "experts of EUROJUST, the EJN and UNCTED on national coordination of judicial cooperation, and drafted the "
                + "roadmap towards national coordination platforms.",
                "Les praticiens d'Algérie, d'Égypte, de Jordanie, d'Israël, du Maroc, de Palestine et de Tunisie ont rencontré "
                + "des experts d'EUROJUST, du RJE et de l'UNCTED sur la coordination nationale et ont rédigé la feuille de route "
                + "vers des plateformes nationales de coordination.", null);
        second.outcomes = LanguageMap.of("A draft roadmap for national coordination platforms; a plan for the handbook on "
                + "judicial and law-enforcement cooperation; the update of the EuroMed Fiches.", null, null);
        attend(second, Attendance.ATTENDED, ParticipantRole.CHAIR, "El-Sayed");
        attend(second, Attendance.ATTENDED, ParticipantRole.ORGANISER, "Núñez", "Papadopoulou");
        attend(second, Attendance.ATTENDED, ParticipantRole.SPEAKER, "Bianchi", "Ferreira", "Lemaire", "Schäfer", "Ødegård");
        attend(second, Attendance.ATTENDED, ParticipantRole.PARTICIPANT, "Benalí", "Haddad", "Bouzid", "Kheddar",
                "Abdelrahman", "Rosen", "Al-Masri", "Haddadin", "Alaoui", "Benjelloun", "Barghouti");
        attend(second, Attendance.EXCUSED, ParticipantRole.OBSERVER, "Qasem");

        LocalDate day = second.startDate;
        item(second, day, "09:30", "10:00", AgendaItemType.PLENARY, "Opening and welcome", "Ouverture et accueil",
                "الافتتاح والترحيب", "Núñez", "El-Sayed");
        item(second, day, "10:00", "12:30", AgendaItemType.PANEL, "National coordination models in the South Partner Countries",
                "Modèles nationaux de coordination dans les pays partenaires du Sud", "نماذج التنسيق الوطني في البلدان الشريكة الجنوبية",
                "Benalí", "Bouzid", "Alaoui");
        item(second, day, "12:30", "14:00", AgendaItemType.BREAK, "Lunch", "Déjeuner", "غداء");
        item(second, day, "14:00", "17:00", AgendaItemType.WORKSHOP, "Challenges and best practices in cross-border cooperation",
                "Défis et bonnes pratiques de la coopération transfrontalière", "التحديات وأفضل الممارسات في التعاون عبر الحدود",
                "Bianchi", "Lemaire");
        item(second, day.plusDays(1), "09:30", "17:00", AgendaItemType.WORKSHOP,
                "National platforms: drafting the roadmap", "Plateformes nationales : rédaction de la feuille de route",
                "المنصات الوطنية: صياغة خريطة الطريق", "Papadopoulou", "Rosen");
        item(second, day.plusDays(2), "09:30", "12:30", AgendaItemType.PANEL, "Gaps and legal analyses",
                "Lacunes et analyses juridiques", "الثغرات والتحليلات القانونية", "Ødegård", "Al-Masri");
        item(second, day.plusDays(2), "14:00", "17:00", AgendaItemType.PLENARY,
                "The handbook on judicial and law-enforcement cooperation",
                "Le manuel sur la coopération judiciaire et policière", "دليل التعاون القضائي وتطبيق القانون", "Ferreira", "Haddad");
        item(second, day.plusDays(3), "09:30", "11:30", AgendaItemType.PLENARY, "The updated EuroMed Fiches",
                "Les fiches EuroMed mises à jour", "بطاقات EuroMed المحدثة", "Schäfer", "Barghouti");
        item(second, day.plusDays(3), "11:30", "12:30", AgendaItemType.PLENARY, "Conclusions and next steps",
                "Conclusions et prochaines étapes", "الاستنتاجات والخطوات التالية", "El-Sayed", "Núñez");

        document(second, DocumentType.AGENDA, "Agenda of the 2nd CrimEx meeting", "en", "crimex-2/agenda-en.pdf", true);
        document(second, DocumentType.AGENDA, "Ordre du jour de la 2e réunion CrimEx", "fr", "crimex-2/agenda-fr.pdf", true);
        document(second, DocumentType.CONCLUSIONS, "Conclusions of the 2nd CrimEx meeting", "en", "crimex-2/conclusions-en.pdf", true);
        document(second, DocumentType.MINUTES, "Minutes of the 2nd CrimEx meeting", "en", "crimex-2/minutes-en.pdf", false);
        document(second, DocumentType.PRESENTATION, "Draft roadmap for national coordination platforms", "en",
                "crimex-2/roadmap-draft.pdf", false);
    }

    private Meeting meeting(int session, String en, String fr, String ar, LocalDate start, LocalDate end, String zone, String city,
            String country, String host, MeetingStatus status, List<Topic> topics) {
        MeetingInput input = new MeetingInput("CRIMEX", session, LanguageMap.of(en, fr, ar), null, start, end, zone, null, city,
                country, host == null ? null : records.organisationId(host), MeetingFormat.IN_PERSON, status, topics, null);
        Meeting meeting = new Meeting();
        MeetingMapper.apply(input, meeting);
        meetings.persist(meeting);
        return meeting;
    }

    private void attend(Meeting meeting, Attendance attendance, ParticipantRole role, String... familyNames) {
        for (String familyName : familyNames) {
            Participant participant = new Participant();
            participant.meetingId = meeting.id;
            participant.memberId = records.memberId(familyName);
            MeetingMapper.apply(new ParticipantInput(participant.memberId, role, attendance), participant);
            participants.persist(participant);
        }
    }

    private void item(Meeting meeting, LocalDate day, String start, String end, AgendaItemType type, String en, String fr,
            String ar, String... speakers) {
        List<UUID> speakerIds = new ArrayList<>();
        for (String speaker : speakers) {
            speakerIds.add(records.memberId(speaker));
        }
        AgendaItem item = new AgendaItem();
        item.meetingId = meeting.id;
        item.position = (int) agendaItems.count("meetingId", meeting.id) + 1;
        MeetingMapper.apply(new AgendaItemInput(null, LanguageMap.of(en, fr, ar), null,
                LocalDateTime.of(day, LocalTime.parse(start)), LocalDateTime.of(day, LocalTime.parse(end)), type, speakerIds), item);
        agendaItems.persist(item);
    }

    private void document(Meeting meeting, DocumentType type, String title, String language, String path, boolean isPublic) {
        MeetingDocument document = new MeetingDocument();
        document.meetingId = meeting.id;
        MeetingMapper.apply(new MeetingDocumentInput(type, LanguageMap.of(title, null, null), language, DOCUMENTS + path,
                isPublic), document);
        documents.persist(document);
    }

}
