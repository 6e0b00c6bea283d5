package eu.euromedjustice.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import eu.euromedjustice.security.Role;
import eu.euromedjustice.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static eu.euromedjustice.support.ProblemAssertions.Kind.CONFLICT;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What is particular to a meeting's agenda, participants and documents; the shared flows are in VersionedResourceContractTest. */
@QuarkusTest
class MeetingPartsTest extends Meetings {

    // ---------------------------------------------------------------- agenda

    @Test
    void shouldKeepPositionsDenseWhenItemsAreAddedMovedAndDeleted() {
        String id = createMeeting();
        String a = id(addItem(id, item("A", null, null, List.of())));
        String b = id(addItem(id, item("B", null, null, List.of())));
        String c = id(addItem(id, with(item("C", null, null, List.of()), "position", 1)));
        assertThat(order(id)).containsExactly(c, a, b);
        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON).body(with(item("X", null, null, List.of()), "position", 5))
                .post(AGENDA, id), "position");

        int version = as(Role.ADMIN).get(AGENDA + "/{itemId}", id, b).then().extract().path("version");
        mergePatch(as(Role.EDITOR), version, "{\"position\": 1}").patch(AGENDA + "/{itemId}", id, b).then().statusCode(200);
        assertThat(order(id)).containsExactly(b, c, a);
        assertInvalidField(mergePatch(as(Role.EDITOR), version + 1, "{\"position\": 4}").patch(AGENDA + "/{itemId}", id, b), "position");

        as(Role.EDITOR).delete(AGENDA + "/{itemId}", id, c).then().statusCode(204);
        assertThat(order(id)).containsExactly(b, a);
        assertThat(positions(id)).containsExactly(1, 2);

        int meetingVersion = version(id);
        as(Role.EDITOR).contentType(ContentType.JSON).header("If-Match", "\"" + meetingVersion + "\"")
                .body(Map.of("itemIds", List.of(a, b))).put(AGENDA + "/order", id)
                .then().statusCode(200).header("ETag", "\"" + (meetingVersion + 1) + "\"");
        assertThat(order(id)).containsExactly(a, b);
        String current = "\"" + (meetingVersion + 1) + "\"";
        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON).header("If-Match", current)
                .body(Map.of("itemIds", List.of(a))).put(AGENDA + "/order", id), CONFLICT);
        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON).header("If-Match", current)
                .body(Map.of("itemIds", List.of(a, a))).put(AGENDA + "/order", id), "itemIds");
        as(Role.EDITOR).contentType(ContentType.JSON).header("If-Match", "\"" + meetingVersion + "\"")
                .body(Map.of("itemIds", List.of(b, a))).put(AGENDA + "/order", id).then().statusCode(412);
        as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("itemIds", List.of(b, a))).put(AGENDA + "/order", id)
                .then().statusCode(428); // a reorder of an agenda one has not seen would undo someone else's
        assertThat(order(id)).containsExactly(a, b);
    }

    @Test
    void shouldGiveItemsAddedAtOnceDistinctPositions() throws Exception {
        String id = createMeeting();
        List<Integer> statuses = Parallel.times(8, () -> as(Role.EDITOR).contentType(ContentType.JSON)
                .body(with(item("Parallel", null, null, List.of()), "position", 1)).post(AGENDA, id).statusCode());

        assertThat(statuses).containsOnly(201);
        assertThat(positions(id)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void shouldKeepTimesOnTheMeetingsDaysAndSpeakersAmongItsParticipants() {
        String id = createMeeting();
        String outsider = member("TN", false);
        assertInvalidField(post(id, item("Early", "2017-05-07T09:00:00", null, List.of())), "startsAt");
        assertInvalidField(post(id, item("Late", "2017-05-11T09:00:00", "2017-05-12T09:00:00", List.of())), "endsAt");
        assertInvalidField(post(id, item("Backwards", "2017-05-09T10:00:00", "2017-05-09T09:00:00", List.of())), "endsAt");
        assertInvalidField(post(id, item("Open", null, "2017-05-09T09:00:00", List.of())), "endsAt");
        assertInvalidField(post(id, item("Talk", null, null, List.of(outsider))), "speakerIds[0]");

        participate(id, outsider, "PARTICIPANT", "INVITED");
        String talk = id(addItem(id, item("Talk", "2017-05-11T09:00:00", "2017-05-11T10:00:00", List.of(outsider))));

        assertProblem(as(Role.EDITOR).delete(PARTICIPANTS + "/{memberId}", id, outsider), CONFLICT)
                .body("detail", containsString("agenda item(s) 1"));
        assertProblem(mergePatch(as(Role.EDITOR), version(id), "{\"endDate\": \"2017-05-10\"}").patch(MEETING, id), CONFLICT)
                .body("detail", containsString(talk));
        as(Role.EDITOR).delete(AGENDA + "/{itemId}", id, talk).then().statusCode(204);
        as(Role.EDITOR).delete(PARTICIPANTS + "/{memberId}", id, outsider).then().statusCode(204);
    }

    private static Response post(String id, Map<String, Object> item) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(item).post(AGENDA, id);
    }

    private static List<String> order(String id) {
        return anonymous().get(AGENDA, id).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static List<Integer> positions(String id) {
        return anonymous().queryParam("limit", 100).get(AGENDA, id).then().statusCode(200).extract().jsonPath()
                .getList("items.position");
    }

    // ---------------------------------------------------------------- participants

    @Test
    void shouldTakeAMemberOnceAndKeepItsId() {
        String id = createMeeting();
        String person = member("EG", false);
        participate(id, person, "PARTICIPANT", "INVITED");

        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("memberId", person, "role", "CHAIR"))
                .post(PARTICIPANTS, id), CONFLICT).body("detail", containsString("already participates"));
        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("memberId", "0193f2a3-5b7c-7d8e-9f01-23456789abcd", "role", "CHAIR")).post(PARTICIPANTS, id), "memberId");
        assertInvalidField(mergePatch(as(Role.EDITOR), 0, "{\"memberId\": \"" + member("EG", false) + "\"}")
                .patch(PARTICIPANTS + "/{memberId}", id, person), "memberId");
        mergePatch(as(Role.EDITOR), 0, "{\"attendance\": \"ATTENDED\"}").patch(PARTICIPANTS + "/{memberId}", id, person)
                .then().statusCode(200).body("attendance", equalTo("ATTENDED"));
    }

    @Test
    void shouldNotTakeAnErasedMemberIntoAnythingNew() {
        String id = createMeeting();
        String erased = member("LY", false);
        as(Role.ADMIN).post("/api/v1/members/{id}/erase", erased).then().statusCode(200);

        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("memberId", erased, "role", "PARTICIPANT"))
                .post(PARTICIPANTS, id), CONFLICT).body("detail", containsString("erased"));
    }

    @Test
    void shouldMoveMeetingAndParticipantOnWhenThePersonChanges() {
        String id = createMeeting();
        String person = member("TN", true);
        participate(id, person, "PARTICIPANT", "CONFIRMED");
        String memberToken = token(Role.MEMBER);
        Response before = anonymous().auth().oauth2(memberToken).get(MEETING, id);
        String etag = before.header("ETag");
        assertThat(before.jsonPath().getString("participants[0].member.email")).isEqualTo("l.haddad@justice.example");

        int personVersion = as(Role.ADMIN).get("/api/v1/members/{id}", person).then().extract().path("version");
        mergePatch(as(Role.EDITOR), personVersion, "{\"contactConsent\": false}").patch("/api/v1/members/{id}", person)
                .then().statusCode(200);

        Response after = anonymous().auth().oauth2(memberToken).header("If-None-Match", etag).get(MEETING, id);
        after.then().statusCode(200); // not 304: what the member may see of the person changed
        assertThat(after.jsonPath().getString("participants[0].member.email")).isNull();
        assertThat(as(Role.ADMIN).get(PARTICIPANTS + "/{memberId}", id, person).then().extract().<Integer>path("version")).isEqualTo(1);

        as(Role.ADMIN).post("/api/v1/members/{id}/erase", person).then().statusCode(200);
        assertThat(fetch(as(Role.EDITOR), id).get("version")).isEqualTo(3);
        assertThat(as(Role.EDITOR).get(MEETING, id).jsonPath().getString("participants[0].member.name")).startsWith("Former member");
    }

    @Test
    void shouldChangeAPersonWhileItsMeetingsChangeWithoutDeadlock() throws Exception {
        String person = member("MA", false);
        List<String> meetings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            meetings.add(createMeeting());
        }
        participate(meetings.get(0), person, "PARTICIPANT", "INVITED");
        participate(meetings.get(1), person, "PARTICIPANT", "INVITED");
        AtomicInteger turn = new AtomicInteger();

        // person changes and participant adds both lock the person before meetings; patches of participants lock the meeting only
        List<Integer> statuses = Parallel.times(12, () -> {
            int n = turn.getAndIncrement();
            if (n % 3 == 0) {
                return as(Role.EDITOR).contentType(MERGE_PATCH_JSON).header("If-Match", "*")
                        .body("{\"phone\": \"+21671" + String.format("%06d", n) + "\"}").patch("/api/v1/members/{id}", person)
                        .statusCode();
            }
            if (n % 3 == 1) {
                return as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("memberId", person, "role", "PARTICIPANT"))
                        .post(PARTICIPANTS, meetings.get(2 + n % 2)).statusCode();
            }
            return as(Role.EDITOR).contentType(MERGE_PATCH_JSON).header("If-Match", "*").body("{\"attendance\": \"CONFIRMED\"}")
                    .patch(PARTICIPANTS + "/{memberId}", meetings.get(n % 2), person).statusCode();
        });

        assertThat(statuses).allMatch(status -> status == 200 || status == 201 || status == 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(2);
    }

    @Test
    void shouldAddAMemberAddedAtOnceOnlyOnce() throws Exception {
        String id = createMeeting();
        String person = member("JO", false);

        List<Integer> statuses = Parallel.times(6, () -> as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("memberId", person, "role", "PARTICIPANT")).post(PARTICIPANTS, id).statusCode());

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(as(Role.ADMIN).get(PARTICIPANTS, id).then().extract().jsonPath().getList("items.memberId")).containsExactly(person);
    }

    // ---------------------------------------------------------------- documents

    @Test
    void shouldLinkDocumentsOverHttpOnlyAndHideNonPublicOnesBelowMember() {
        String id = createMeeting();
        for (String url : List.of("javascript:alert(1)", "ftp://example.org/a.pdf", "file:///etc/passwd", "https://", "not a url")) {
            assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON).body(with(document("Bad", true), "url", url))
                    .post(DOCUMENTS, id), "url");
        }
        String hidden = id(addDocument(id, document("Minutes", false)));
        String shown = id(addDocument(id, with(document("Agenda", true), "url", "http://example.org/agenda.pdf?lang=en")));

        anonymous().get(DOCUMENTS + "/{documentId}", id, hidden).then().statusCode(404);
        as(Role.PARTNER).get(DOCUMENTS + "/{documentId}", id, hidden).then().statusCode(404);
        as(Role.MEMBER).get(DOCUMENTS + "/{documentId}", id, hidden).then().statusCode(200);
        assertThat(anonymous().get(DOCUMENTS, id).then().statusCode(200).extract().jsonPath().getList("items.id"))
                .containsExactly(shown);
        assertThat(as(Role.MEMBER).get(DOCUMENTS, id).then().statusCode(200).extract().jsonPath().getList("items.id"))
                .containsExactly(hidden, shown);
    }

    private static String id(Map<String, Object> resource) {
        return (String) resource.get("id");
    }
}
