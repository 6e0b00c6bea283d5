package eu.euromedjustice.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static eu.euromedjustice.support.ProblemAssertions.Kind.CONFLICT;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;

/** What is particular to meetings; the shared flows are in VersionedResourceContractTest. */
@QuarkusTest
class MeetingResourceTest extends Meetings {

    // ---------------------------------------------------------------- the single meeting

    @Test
    void shouldEmbedAgendaParticipantsAndDocumentsAndCountAttendanceByCountry() {
        String id = createMeeting();
        String chair = member("TN", false);
        String participant = member("TN", true);
        String expert = member(null, false);
        participate(id, chair, "CHAIR", "ATTENDED");
        participate(id, participant, "PARTICIPANT", "CONFIRMED");
        participate(id, expert, "OBSERVER", "EXCUSED");
        addItem(id, item("Opening", "2017-05-08T09:30:00", "2017-05-08T10:00:00", List.of(chair)));
        addDocument(id, document("Minutes", false));

        Map<String, Object> meeting = fetch(as(Role.EDITOR), id);

        assertThat(meeting.get("version")).isEqualTo(5); // every part moved it on
        assertThat((List<?>) meeting.get("agendaItems")).hasSize(1);
        assertThat((List<?>) meeting.get("documents")).hasSize(1);
        assertThat(((List<Map<String, Object>>) meeting.get("participants")).stream().map(p -> p.get("memberId")))
                .containsExactly(chair, participant, expert); // chair first, observers last
        assertThat((List<Map<String, Object>>) meeting.get("attendanceByCountry")).containsExactly(
                Map.of("countryCode", "TN", "invited", 0, "confirmed", 1, "attended", 1, "excused", 0, "total", 2),
                Map.of("invited", 0, "confirmed", 0, "attended", 0, "excused", 1, "total", 1));
    }

    @Test
    void shouldShowAnonymousCallersOnlyChairsSpeakersAndPublicDocumentsButCountEveryone() {
        String id = createMeeting();
        String chair = member("MA", false);
        String speaking = member("MA", false);
        String silent = member("DZ", true);
        participate(id, chair, "CHAIR", "ATTENDED");
        participate(id, speaking, "PARTICIPANT", "ATTENDED");
        participate(id, silent, "PARTICIPANT", "ATTENDED");
        addItem(id, item("Panel", null, null, List.of(speaking)));
        addDocument(id, document("Agenda", true));
        addDocument(id, document("Minutes", false));

        Map<String, Object> seen = fetch(anonymous(), id);
        anonymous().get(MEETING, id).then().header("Vary", containsString("Authorization")); // no cached copy of another caller

        List<Map<String, Object>> participants = (List<Map<String, Object>>) seen.get("participants");
        assertThat(participants).extracting(p -> p.get("memberId")).containsExactlyInAnyOrder(chair, speaking);
        assertThat(participants).allSatisfy(p -> {
            Map<String, Object> person = (Map<String, Object>) p.get("member");
            assertThat(person).containsKey("name").doesNotContainKeys("email", "phone");
            assertThat((List<String>) person.get("withheld")).containsExactly("email", "phone");
        });
        assertThat((List<Map<String, Object>>) seen.get("documents")).extracting(d -> d.get("public")).containsExactly(true);
        assertThat((List<Map<String, Object>>) seen.get("attendanceByCountry")).extracting(c -> c.get("total"))
                .containsExactly(1, 2); // DZ, MA: the silent participant is counted, not named
        anonymous().get(PARTICIPANTS + "/{memberId}", id, silent).then().statusCode(404);
        anonymous().get(PARTICIPANTS + "/{memberId}", id, speaking).then().statusCode(200);
        assertThat(anonymous().get(PARTICIPANTS, id).then().statusCode(200).extract().jsonPath().getList("items.memberId"))
                .containsExactlyInAnyOrder(chair, speaking);
    }

    @Test
    void shouldShowEachRoleThePeopleAndDocumentsItMaySee() {
        String id = createMeeting();
        String consenting = member("JO", true);
        String private_ = member("JO", false);
        participate(id, consenting, "PARTICIPANT", "INVITED");
        participate(id, private_, "PARTICIPANT", "INVITED");
        addDocument(id, document("Minutes", false));

        Map<String, Map<String, Object>> partner = people(fetch(as(Role.PARTNER), id));
        Map<String, Map<String, Object>> member = people(fetch(as(Role.MEMBER), id));
        Map<String, Map<String, Object>> editor = people(fetch(as(Role.EDITOR), id));

        assertThat(partner).hasSize(2).allSatisfy((memberId, person) -> assertThat(person).doesNotContainKeys("email", "phone"));
        assertThat(member.get(consenting)).containsEntry("email", "l.haddad@justice.example");
        assertThat(member.get(private_)).doesNotContainKey("email");
        assertThat((List<String>) member.get(private_).get("withheld")).containsExactly("email", "phone");
        assertThat(editor.get(private_)).containsEntry("phone", "+21671000001");
        assertThat((List<?>) fetch(as(Role.PARTNER), id).get("documents")).isEmpty();
        assertThat((List<?>) fetch(as(Role.MEMBER), id).get("documents")).hasSize(1);
        as(Role.PARTNER).get(DOCUMENTS, id).then().statusCode(200).body("items.size()", equalTo(0));
    }

    private static Map<String, Map<String, Object>> people(Map<String, Object> meeting) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        ((List<Map<String, Object>>) meeting.get("participants"))
                .forEach(p -> byId.put((String) p.get("memberId"), (Map<String, Object>) p.get("member")));
        return byId;
    }

    // ---------------------------------------------------------------- rules

    static Stream<Arguments> invalidMeetings() {
        return Stream.of(
                invalid("end before start", body -> with(body, "endDate", "2017-05-07"), "endDate"),
                invalid("unknown time zone", body -> with(body, "timeZone", "Europe/Atlantis"), "timeZone"),
                invalid("offset instead of a zone", body -> with(body, "timeZone", "+02:00"), "timeZone"),
                invalid("title without English", body -> with(body, "title", Map.of("fr", "Réunion")), "title"),
                invalid("unknown expert group", body -> with(body, "expertGroup", "NOSUCHGROUP"), "expertGroup"),
                invalid("unknown country", body -> with(body, "countryCode", "XX"), "countryCode"),
                invalid("unknown host", body -> with(body, "hostOrganisationId", "0193f2a3-5b7c-7d8e-9f01-23456789abcd"),
                        "hostOrganisationId"),
                invalid("unknown topic", body -> with(body, "topics", List.of("GOSSIP")), "topics[0]"),
                invalid("session 0", body -> with(body, "sessionNumber", 0), "sessionNumber"),
                invalid("no format", body -> without(body, "format"), "format"),
                invalid("blank venue", body -> with(body, "venue", " "), "venue"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMeetings")
    void shouldRejectAnInvalidMeetingNamingTheField(String description, UnaryOperator<Map<String, Object>> change, String field) {
        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON).body(change.apply(meeting(randomLetters(8))))
                .post(MEETINGS), field);
    }

    @Test
    void shouldKeepSessionNumbersUniqueWithinAGroupOnly() {
        String group = newExpertGroup();
        create(with(with(meeting("a"), "expertGroup", group), "sessionNumber", 7));
        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON)
                .body(with(with(meeting("b"), "expertGroup", group), "sessionNumber", 7)).post(MEETINGS), CONFLICT)
                .body("detail", containsString("session number 7"));
        create(with(with(meeting("c"), "expertGroup", newExpertGroup()), "sessionNumber", 7));
        create(with(meeting("d"), "expertGroup", group)); // without a number, as often as needed
        create(with(meeting("e"), "expertGroup", group));
    }

    @Test
    void shouldNotBeHeldBeforeItsEndDateNorDeletedOnceHeld() {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        Map<String, Object> future = with(with(meeting("f"), "startDate", LocalDate.now().toString()), "endDate", tomorrow);
        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON).body(with(future, "status", "HELD")).post(MEETINGS), CONFLICT)
                .body("detail", containsString("HELD before its end date"));
        String upcoming = (String) create(future).get("id");
        assertProblem(mergePatch(as(Role.EDITOR), 0, "{\"status\": \"HELD\"}").patch(MEETING, upcoming), CONFLICT);

        String held = (String) create(with(meeting("h"), "status", "HELD")).get("id");
        assertProblem(as(Role.EDITOR).delete(MEETING, held), CONFLICT).body("detail", containsString("CANCELLED"));
        mergePatch(as(Role.EDITOR), 0, "{\"status\": \"CANCELLED\"}").patch(MEETING, held).then().statusCode(200);
        as(Role.EDITOR).delete(MEETING, held).then().statusCode(204);
    }

    @Test
    void shouldDeleteAMeetingWithItsParts() {
        String id = createMeeting();
        String speaker = member("EG", false);
        participate(id, speaker, "SPEAKER", "CONFIRMED");
        addItem(id, item("Talk", null, null, List.of(speaker)));
        addDocument(id, document("Slides", true));

        as(Role.EDITOR).delete(MEETING, id).then().statusCode(204);

        as(Role.ADMIN).get(MEETING, id).then().statusCode(404);
        as(Role.ADMIN).get(PARTICIPANTS, id).then().statusCode(404);
        as(Role.EDITOR).delete("/api/v1/members/{id}", speaker).then().statusCode(204); // nothing refers to it any more
    }

    @Test
    void shouldRefuseToDeleteWhatMeetingsReferTo() {
        String organisation = as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Host " + randomLetters(8)), "type", "EU_BODY"))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String group = newExpertGroup();
        String id = (String) create(with(with(meeting("r"), "hostOrganisationId", organisation), "expertGroup", group)).get("id");
        String participant = member("PS", false);
        participate(id, participant, "PARTICIPANT", "INVITED");

        assertProblem(as(Role.EDITOR).delete("/api/v1/organisations/{id}", organisation), CONFLICT)
                .body("detail", containsString("1 meeting it hosts"));
        assertProblem(as(Role.EDITOR).delete("/api/v1/expert-groups/{code}", group), CONFLICT)
                .body("detail", containsString("1 meeting"));
        assertProblem(as(Role.EDITOR).delete("/api/v1/members/{id}", participant), CONFLICT)
                .body("detail", containsString("1 meeting participation"));
    }

    // ---------------------------------------------------------------- the list

    @Test
    void shouldFilterTheList() {
        String group = newExpertGroup();
        String marker = randomLetters(8);
        Map<String, Object> base = with(meeting(marker), "expertGroup", group);
        String may = (String) create(base).get("id");
        String june = (String) create(with(with(with(with(base, "startDate", "2017-06-01"), "endDate", "2017-06-02"),
                "countryCode", "TN"), "topics", List.of("CYBERCRIME"))).get("id");
        String cancelled = (String) create(with(with(with(base, "startDate", "2018-01-10"), "endDate", "2018-01-12"),
                "status", "CANCELLED")).get("id");
        participate(june, member("LB", false), "PARTICIPANT", "INVITED");

        assertThat(ids(Map.of("expertGroup", group))).containsExactly(cancelled, june, may); // newest first
        assertThat(ids(Map.of("expertGroup", group, "sort", "startDate"))).containsExactly(may, june, cancelled);
        assertThat(ids(Map.of("expertGroup", group, "status", "CANCELLED"))).containsExactly(cancelled);
        assertThat(ids(Map.of("expertGroup", group, "from", "2017-05-11", "to", "2017-06-01"))).containsExactly(june, may);
        assertThat(ids(Map.of("expertGroup", group, "to", "2017-05-08"))).containsExactly(may);
        assertThat(ids(Map.of("expertGroup", group, "country", "TN"))).containsExactly(june);
        assertThat(ids(Map.of("expertGroup", group, "participantCountry", "LB"))).containsExactly(june);
        assertThat(ids(Map.of("expertGroup", group, "topic", "CYBERCRIME"))).containsExactly(june);
        assertThat(ids(Map.of("q", "REUNION " + marker.toUpperCase()))).containsExactlyInAnyOrder(cancelled, june, may);
        assertThat(ids(Map.of("q", "crimex " + marker + " nothing"))).isEmpty();

        String since = as(Role.ADMIN).get(MEETING, may).then().extract().path("updatedAt");
        mergePatch(as(Role.EDITOR), 0, "{\"venue\": \"Palais de justice\"}").patch(MEETING, may).then().statusCode(200);
        assertThat(ids(Map.of("expertGroup", group, "updatedSince", since))).hasSize(3).last().isEqualTo(may); // in the order of change
    }

    @Test
    void shouldPageThroughAnyOrderWithoutGapsOrRepeats() {
        String group = newExpertGroup();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String day = LocalDate.of(2016, 1, 1).plusDays(i % 3).toString(); // equal start dates: the id decides
            created.add((String) create(with(with(with(meeting("p"), "expertGroup", group), "startDate", day), "endDate", day))
                    .get("id"));
        }
        List<String> newestFirst = allItems(() -> anonymous(), MEETINGS, Map.of("expertGroup", group), 2).stream()
                .map(m -> (String) m.get("id")).toList();
        List<String> oldestFirst = allItems(() -> anonymous(), MEETINGS, Map.of("expertGroup", group, "sort", "startDate"), 3)
                .stream().map(m -> (String) m.get("id")).toList();

        assertThat(oldestFirst).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
        List<String> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        assertThat(newestFirst).containsExactlyElementsOf(reversed);
    }

    @Test
    void shouldLeaveThePartsOutOfTheListButCountAttendance() {
        String group = newExpertGroup();
        String id = (String) create(with(meeting("l"), "expertGroup", group)).get("id");
        participate(id, member("IL", false), "PARTICIPANT", "ATTENDED");

        Map<String, Object> listed = anonymous().queryParam("expertGroup", group).get(MEETINGS)
                .then().statusCode(200).extract().jsonPath().getMap("items[0]");

        assertThat(listed).doesNotContainKeys("agendaItems", "participants", "documents");
        assertThat((List<Map<String, Object>>) listed.get("attendanceByCountry"))
                .containsExactly(Map.of("countryCode", "IL", "invited", 0, "confirmed", 0, "attended", 1, "excused", 0, "total", 1));
    }

    static Stream<Arguments> badFilters() {
        return Stream.of(Arguments.of("sort", "title"), Arguments.of("status", "DONE"), Arguments.of("from", "2017-13-01"),
                Arguments.of("country", "tn"), Arguments.of("participantCountry", "TUN"), Arguments.of("topic", "GOSSIP"),
                Arguments.of("expertGroup", "crimex"), Arguments.of("updatedSince", "yesterday"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badFilters")
    void shouldRejectAMalformedFilterNamingIt(String parameter, String value) {
        assertInvalidField(anonymous().queryParam(parameter, value).get(MEETINGS), parameter);
    }

    @Test
    void shouldRejectARangeThatEndsBeforeItStarts() {
        assertInvalidField(anonymous().queryParams(Map.of("from", "2018-01-01", "to", "2017-01-01")).get(MEETINGS), "to");
    }

    private static List<String> ids(Map<String, ?> query) {
        return allItems(() -> anonymous(), MEETINGS, query, 100).stream().map(m -> (String) m.get("id")).toList();
    }

    // ---------------------------------------------------------------- efficiency

    @Test
    void shouldReadAMeetingInFourStatementsAndAListPageInThreeWhateverTheirSize() {
        String group = newExpertGroup();
        String id = (String) create(with(meeting("s"), "expertGroup", group)).get("id");
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String person = member(i % 2 == 0 ? "TN" : "MA", i % 3 == 0);
            people.add(person);
            participate(id, person, i < 4 ? "SPEAKER" : "PARTICIPANT", "CONFIRMED");
        }
        for (int i = 0; i < 6; i++) {
            addItem(id, item("Item " + i, null, null, List.of(people.get(i), people.get(i + 1))));
            addDocument(id, document("Doc " + i, i % 2 == 0));
        }
        for (String country : List.of("DZ", "MA", "TN")) {
            String roadmap = adoptRoadmapAt(group, country, id);
            for (int i = 0; i < 2; i++) {
                as(Role.EDITOR).contentType(ContentType.JSON)
                        .body(Map.of("meetingId", id, "summary", Map.of("en", "Progress " + i), "milestoneUpdates", List.of()))
                        .post("/api/v1/roadmaps/{id}/reports", roadmap).then().statusCode(201);
            }
        }
        for (int i = 0; i < 30; i++) {
            create(with(meeting("s" + i), "expertGroup", group));
        }

        // the meeting with its agenda, participants with their people, documents, roadmap links
        for (Role role : Role.values()) {
            assertThat(statements(() -> as(role).get(MEETING, id).then().statusCode(200)
                    .body("agendaItems.size()", equalTo(6)).body("participants.size()", equalTo(12))
                    .body("roadmapsAdopted.size()", equalTo(3)).body("roadmapReports.size()", equalTo(6))))
                    .as(role.name()).hasSizeLessThanOrEqualTo(4);
        }
        assertThat(statements(() -> anonymous().get(MEETING, id).then().statusCode(200)
                .body("agendaItems.size()", equalTo(6)).body("documents.size()", equalTo(3))
                .body("roadmapsAdopted.size()", equalTo(3)).body("roadmapReports.size()", equalTo(6))))
                .hasSizeLessThanOrEqualTo(4);
        // meetings, attendance of the page
        assertThat(statements(() -> anonymous().queryParams(Map.of("expertGroup", group, "limit", 25)).get(MEETINGS)
                .then().statusCode(200).body("items.size()", equalTo(25)))).hasSizeLessThanOrEqualTo(3);
        assertThat(statements(() -> as(Role.PARTNER).queryParams(Map.of("participantCountry", "TN", "limit", 100)).get(MEETINGS)
                .then().statusCode(200))).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void shouldAnswerACurrentIfNoneMatchWithOneReadAndAStaleOneWithTheWholeMeeting() {
        String id = createMeeting();
        String chair = member("TN", true);
        participate(id, chair, "CHAIR", "ATTENDED");
        addItem(id, item("Opening", null, null, List.of(chair)));
        addDocument(id, document("Agenda", true));
        String etag = anonymous().get(MEETING, id).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"3\"");

        for (Role role : Role.values()) {
            assertThat(statements(() -> as(role).header("If-None-Match", etag).get(MEETING, id).then().statusCode(304)
                    .header("ETag", etag))).as(role.name()).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(statements(() -> anonymous().header("If-None-Match", "W/" + etag).get(MEETING, id).then().statusCode(304)
                .header("ETag", etag))).hasSizeLessThanOrEqualTo(1);
        anonymous().header("If-None-Match", "\"2\"").get(MEETING, id).then().statusCode(200).header("ETag", etag)
                .body("agendaItems.size()", equalTo(1)).body("participants.size()", equalTo(1)).body("documents.size()", equalTo(1));
        // no meeting: 404 as without the header, never 304
        String unknown = "0193f2a3-5b7c-7d8e-9f01-23456789abcd";
        String detail = anonymous().get(MEETING, unknown).then().statusCode(404).extract().path("detail");
        anonymous().header("If-None-Match", "*").get(MEETING, unknown).then().statusCode(404).body("detail", equalTo(detail));
    }

    @Test
    void shouldReadAnEmptyMeetingWithItsEmptyParts() {
        String id = createMeeting();

        anonymous().get(MEETING, id).then().statusCode(200).body("agendaItems", equalTo(List.of()))
                .body("participants", equalTo(List.of())).body("documents", equalTo(List.of()))
                .body("roadmapsAdopted", equalTo(List.of())).body("roadmapReports", equalTo(List.of()));
    }

    /** An adopted roadmap of the group and country, adopted at the meeting; its id. */
    private static String adoptRoadmapAt(String group, String country, String meetingId) {
        return as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("expertGroup", group, "countryCode", country, "topic", "NATIONAL_COORDINATION_PLATFORM",
                        "title", Map.of("en", "National coordination platform " + country), "status", "ADOPTED",
                        "adoptedAtMeetingId", meetingId))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().path("id");
    }

    // ---------------------------------------------------------------- calendars

    @Test
    void shouldServeAMeetingAsACalendarThatParsesBack() throws Exception {
        Map<String, Object> body = with(with(meeting("ics"), "title", Map.of("en", "CrimEx, 2nd; meeting", "ar", "الاجتماع الثاني")),
                "status", "CANCELLED");
        Map<String, Object> meeting = create(body);
        String id = (String) meeting.get("id");

        Response en = anonymous().accept("text/calendar").get(MEETING + "/calendar.ics", id);
        en.then().statusCode(200).contentType(containsString("text/calendar")).header("ETag", equalTo("\"0\""));
        Calendars.Event event = Calendars.only(en.asByteArray());
        assertThat(event.uid()).isEqualTo("meeting-" + id + "@euromed-justice.eu");
        assertThat(event.sequence()).isZero();
        assertThat(event.status()).isEqualTo("CANCELLED");
        assertThat(event.start()).isEqualTo(LocalDate.of(2017, 5, 8));
        assertThat(event.endExclusive()).isEqualTo(LocalDate.of(2017, 5, 12));
        assertThat(event.summary()).isEqualTo("CrimEx, 2nd; meeting");
        assertThat(event.location()).isEqualTo("Eurojust, Johan de Wittlaan 9, The Hague, NL");
        assertThat(event.url()).endsWith("/api/v1/meetings/" + id);

        assertThat(Calendars.only(anonymous().accept("text/calendar").queryParam("lang", "ar")
                .get(MEETING + "/calendar.ics", id).asByteArray()).summary()).isEqualTo("الاجتماع الثاني");
        assertThat(Calendars.only(anonymous().accept("text/calendar").queryParam("lang", "fr")
                .get(MEETING + "/calendar.ics", id).asByteArray()).summary()).isEqualTo("CrimEx, 2nd; meeting"); // English fallback
        anonymous().accept("text/calendar").header("If-None-Match", "\"0\"").get(MEETING + "/calendar.ics", id)
                .then().statusCode(304);

        mergePatch(as(Role.EDITOR), 0, "{\"status\": \"CONFIRMED\"}").patch(MEETING, id).then().statusCode(200);
        Calendars.Event changed = Calendars.only(anonymous().accept("text/calendar").get(MEETING + "/calendar.ics", id).asByteArray());
        assertThat(changed.uid()).isEqualTo(event.uid());
        assertThat(changed.sequence()).isEqualTo(1);
        assertThat(changed.status()).isEqualTo("CONFIRMED");
    }

    @Test
    void shouldServeTheFilteredMeetingsAsASubscribableFeed() throws Exception {
        String group = newExpertGroup();
        String first = (String) create(with(meeting("feed"), "expertGroup", group)).get("id");
        String second = (String) create(with(with(with(meeting("feed"), "expertGroup", group), "startDate", "2018-02-01"),
                "endDate", "2018-02-02")).get("id");

        Response feed = anonymous().accept("text/calendar").queryParam("expertGroup", group).get("/api/v1/calendar/meetings.ics");

        feed.then().statusCode(200).contentType(equalToIgnoringCase("text/calendar;charset=utf-8"));
        assertThat(Calendars.events(feed.asByteArray())).extracting(Calendars.Event::uid)
                .containsExactly("meeting-" + second + "@euromed-justice.eu", "meeting-" + first + "@euromed-justice.eu");
        String etag = feed.header("ETag");
        anonymous().accept("text/calendar").queryParam("expertGroup", group).header("If-None-Match", etag)
                .get("/api/v1/calendar/meetings.ics").then().statusCode(304);

        mergePatch(as(Role.EDITOR), 0, "{\"city\": \"Brussels\"}").patch(MEETING, first).then().statusCode(200);
        Response changed = anonymous().accept("text/calendar").queryParam("expertGroup", group).header("If-None-Match", etag)
                .get("/api/v1/calendar/meetings.ics");
        assertThat(changed.then().statusCode(200).extract().header("ETag")).isNotEqualTo(etag);
        assertThat(Calendars.events(changed.asByteArray()).get(1).location()).contains("Brussels").doesNotContain("The Hague");
        assertThat(Calendars.events(anonymous().accept("text/calendar").queryParams(Map.of("expertGroup", group,
                "updatedSince", "2000-01-01T00:00:00Z")).get("/api/v1/calendar/meetings.ics").asByteArray()))
                .extracting(Calendars.Event::uid).as("newest by start date, as without updatedSince")
                .containsExactly("meeting-" + second + "@euromed-justice.eu", "meeting-" + first + "@euromed-justice.eu");
        assertThat(Calendars.events(anonymous().accept("text/calendar").queryParams(Map.of("expertGroup", group, "from", "2018-01-01"))
                .get("/api/v1/calendar/meetings.ics").asByteArray())).hasSize(1);
        create(with(meeting("feed"), "expertGroup", group));
        assertThat(Calendars.events(anonymous().accept("text/calendar").queryParam("expertGroup", group)
                .get("/api/v1/calendar/meetings.ics").asByteArray())).as("a meeting that came").hasSize(3);
        assertThat(statements(() -> anonymous().accept("text/calendar").queryParam("expertGroup", group)
                .get("/api/v1/calendar/meetings.ics").then().statusCode(200))).as("kept bytes: the tag's ids and versions only").hasSize(1);
        assertInvalidField(anonymous().accept("text/calendar").queryParam("lang", "de").get("/api/v1/calendar/meetings.ics"), "lang");
    }
}
