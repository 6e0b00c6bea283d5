package eu.euromedjustice.meeting;

import java.util.List;
import java.util.Map;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static eu.euromedjustice.meeting.Meetings.MEETING;
import static eu.euromedjustice.meeting.Meetings.addDocument;
import static eu.euromedjustice.meeting.Meetings.addItem;
import static eu.euromedjustice.meeting.Meetings.createMeeting;
import static eu.euromedjustice.meeting.Meetings.document;
import static eu.euromedjustice.meeting.Meetings.item;
import static eu.euromedjustice.meeting.Meetings.participate;
import static org.assertj.core.api.Assertions.assertThat;

/** The views MeetingService keeps: given again only while current, and never to another kind of caller. */
@QuarkusTest
class MeetingViewsTest extends ApiTest {

    @Test
    void shouldShowEveryChangeMadeAfterTheMeetingWasRead() {
        String meeting = createMeeting();
        String chair = Meetings.member("TN", false);
        participate(meeting, chair, "CHAIR", "ATTENDED");
        read(anonymous(), meeting);
        read(as(Role.ADMIN), meeting);

        int version = as(Role.ADMIN).get("/api/v1/members/{id}", chair).then().statusCode(200).extract().path("version");
        as(Role.EDITOR).contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + version + "\"")
                .body("{\"familyName\": \"Renamed\"}").patch("/api/v1/members/{id}", chair).then().statusCode(200);
        assertThat(read(anonymous(), meeting).getString("participants[0].member.name")).endsWith("Renamed");
        assertThat(read(as(Role.ADMIN), meeting).getString("participants[0].member.name")).endsWith("Renamed");

        addItem(meeting, item("Opening", null, null, List.of()));
        addDocument(meeting, document("Minutes", true));
        JsonPath after = read(anonymous(), meeting);
        assertThat(after.getList("agendaItems")).hasSize(1);
        assertThat(after.getList("documents")).hasSize(1);
    }

    @Test
    void shouldKeepWhatEachKindOfCallerSeesApart() {
        String meeting = createMeeting();
        participate(meeting, Meetings.member("MA", true), "PARTICIPANT", "ATTENDED");
        addDocument(meeting, document("Public agenda", true));
        addDocument(meeting, document("Internal notes", false));

        for (int round = 0; round < 2; round++) {
            JsonPath member = read(as(Role.MEMBER), meeting);
            assertThat(member.getList("documents")).hasSize(2);
            assertThat(member.getList("participants")).hasSize(1);
            JsonPath outsider = read(anonymous(), meeting);
            assertThat(outsider.getList("documents")).hasSize(1);
            assertThat(outsider.getList("participants")).isEmpty();
            assertThat(read(as(Role.PARTNER), meeting).getList("documents")).hasSize(1);
        }
    }

    @Test
    void shouldGiveAKeptViewForOnePrimaryKeyRead() {
        String meeting = createMeeting();
        participate(meeting, Meetings.member("DZ", false), "CHAIR", "ATTENDED");
        Map<String, Object> first = read(anonymous(), meeting).getMap("");

        assertThat(statements(() -> assertThat(read(anonymous(), meeting).getMap("")).isEqualTo(first))).hasSize(1);
    }

    private static JsonPath read(io.restassured.specification.RequestSpecification caller, String meeting) {
        return caller.get(MEETING, meeting).then().statusCode(200).extract().jsonPath();
    }
}
