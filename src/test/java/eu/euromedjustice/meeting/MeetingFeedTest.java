package eu.euromedjustice.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import eu.euromedjustice.security.Role;
import eu.euromedjustice.support.Feed;
import eu.euromedjustice.sync.ChangeRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

/** The change feed as partner systems use it to keep a copy of the meetings. */
@QuarkusTest
class MeetingFeedTest extends Meetings {

    @Inject
    ChangeRepository changes;

    @Test
    void shouldPublishEveryWriteOfAMeetingAndItsPartsInOrder() {
        long start = changes.lastSeq();
        String meeting = createMeeting();
        String member = member("TN", true);
        String item = (String) addItem(meeting, item("Opening", null, null, List.of())).get("id");
        participate(meeting, member, "SPEAKER", "INVITED");
        String document = (String) addDocument(meeting, document("Agenda", true)).get("id");
        mergePatch(as(Role.EDITOR), version(meeting), "{\"status\": \"CONFIRMED\"}").patch(MEETING, meeting).then().statusCode(200);
        int finalVersion = version(meeting);
        as(Role.EDITOR).delete(MEETING, meeting).then().statusCode(204);

        List<Map<String, Object>> entries = Feed.after(() -> as(Role.MEMBER), start).entries();

        assertThat(entries).extracting(entry -> entry.get("entityType") + " " + entry.get("action") + " " + entry.get("entityId"))
                .containsExactly(
                        "MEETING CREATED " + meeting,
                        "MEMBER CREATED " + member,
                        "AGENDA_ITEM CREATED " + item, "MEETING UPDATED " + meeting,
                        "PARTICIPANT CREATED " + member, "MEETING UPDATED " + meeting,
                        "MEETING_DOCUMENT CREATED " + document, "MEETING UPDATED " + meeting,
                        "MEETING UPDATED " + meeting,
                        "AGENDA_ITEM DELETED " + item, "PARTICIPANT DELETED " + member,
                        "MEETING_DOCUMENT DELETED " + document, "MEETING DELETED " + meeting);
        for (int i = 0; i < entries.size(); i++) {
            assertThat(((Number) entries.get(i).get("seq")).longValue()).isEqualTo(start + 1 + i);
        }
        assertThat(entries.get(0)).containsEntry("path", "/api/v1/meetings/" + meeting).containsEntry("version", 0);
        assertThat(entries.get(2)).containsEntry("path", "/api/v1/meetings/" + meeting + "/agenda-items/" + item);
        assertThat(entries.get(4)).containsEntry("path", "/api/v1/meetings/" + meeting + "/participants/" + member);
        assertThat(entries.get(entries.size() - 1)).containsEntry("version", finalVersion);
    }

    @Test
    void shouldKeepDocumentsThatAreNotPublicOutOfAPartnersFeed() {
        String meeting = createMeeting();
        long start = changes.lastSeq();
        Map<String, Object> added = addDocument(meeting, document("Internal minutes", false));
        String document = (String) added.get("id");
        String path = DOCUMENTS + "/" + document;

        assertThat(documentActions(Role.PARTNER, start, document)).isEmpty();
        assertThat(documentActions(Role.MEMBER, start, document)).containsExactly("CREATED");

        long published = changes.lastSeq();
        mergePatch(as(Role.EDITOR), added.get("version"), "{\"public\": true}").patch(path, meeting).then().statusCode(200);
        assertThat(documentActions(Role.PARTNER, published, document)).containsExactly("UPDATED");

        long withdrawn = changes.lastSeq();
        mergePatch(as(Role.EDITOR), 1, "{\"public\": false}").patch(path, meeting).then().statusCode(200);
        // the partner learns that its copy is stale, and the GET tells it that the document is gone for it
        assertThat(documentActions(Role.PARTNER, withdrawn, document)).containsExactly("UPDATED");
        as(Role.PARTNER).get(path, meeting).then().statusCode(404);

        long deleted = changes.lastSeq();
        as(Role.EDITOR).delete(path, meeting).then().statusCode(204);
        assertThat(documentActions(Role.PARTNER, deleted, document)).isEmpty();
        assertThat(documentActions(Role.MEMBER, deleted, document)).containsExactly("DELETED");
    }

    @Test
    void shouldLetAPartnerKeepAnExactCopyFromTheFeedAlone() throws Exception {
        String group = newExpertGroup();
        long start = changes.lastSeq();
        AtomicBoolean writing = new AtomicBoolean(true);
        Map<String, Map<String, Object>> copy = new HashMap<>();
        Set<Long> seen = new HashSet<>();

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                writeMeetingsInBulk(group);
            } finally {
                writing.set(false);
            }
        });
        long position = start;
        boolean lastRound = false;
        while (!lastRound) {
            lastRound = !writing.get(); // one more full read after the writer is done
            Feed.Batch batch = Feed.after(() -> as(Role.PARTNER), position);
            for (Map<String, Object> entry : batch.entries()) {
                long seq = ((Number) entry.get("seq")).longValue();
                assertThat(seen.add(seq)).as("entry %s seen twice", seq).isTrue();
                assertThat(seq).isGreaterThan(position);
                if (!"MEETING".equals(entry.get("entityType"))) {
                    continue;
                }
                String id = (String) entry.get("entityId");
                Response current = as(Role.PARTNER).get((String) entry.get("path"));
                if ("DELETED".equals(entry.get("action")) || current.statusCode() == 404) {
                    copy.remove(id);
                } else {
                    copy.put(id, current.then().statusCode(200).extract().jsonPath().getMap(""));
                }
            }
            position = batch.next();
        }
        writer.get(1, TimeUnit.MINUTES);

        Map<String, Map<String, Object>> server = new HashMap<>();
        for (Map<String, Object> item : allItems(() -> as(Role.PARTNER), MEETINGS, Map.of("expertGroup", group), 100)) {
            String id = (String) item.get("id");
            server.put(id, as(Role.PARTNER).get(MEETING, id).then().statusCode(200).extract().jsonPath().getMap(""));
        }
        copy.values().removeIf(meeting -> !group.equals(meeting.get("expertGroup")));
        assertThat(server).isNotEmpty();
        assertThat(copy).isEqualTo(server);
    }

    @Test
    void shouldAnswerAnIdlePollWith304() {
        Feed.Batch head = Feed.after(() -> as(Role.PARTNER), changes.lastSeq());
        Response idle = as(Role.PARTNER).queryParam("after", head.next()).get(Feed.CHANGES);
        idle.then().statusCode(200);
        String etag = idle.header("ETag");
        assertThat(etag).startsWith("W/\"");

        as(Role.PARTNER).header("If-None-Match", etag).queryParam("after", head.next()).get(Feed.CHANGES)
                .then().statusCode(304).header("ETag", etag);
        as(Role.MEMBER).header("If-None-Match", etag).queryParam("after", head.next()).get(Feed.CHANGES)
                .then().statusCode(200); // another role's view has its own tag

        String meeting = createMeeting();
        Response changed = as(Role.PARTNER).header("If-None-Match", etag).queryParam("after", head.next()).get(Feed.CHANGES);
        changed.then().statusCode(200);
        assertThat(changed.jsonPath().getList("items.entityId")).contains(meeting);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void shouldPageWithMoreAndALinkToTheNextBatch() {
        long start = changes.lastSeq();
        createMeeting();
        createMeeting();
        createMeeting();

        Response first = as(Role.PARTNER).queryParam("after", start).queryParam("limit", 2).queryParam("types", "MEETING")
                .get(Feed.CHANGES);
        first.then().statusCode(200);
        assertThat(first.jsonPath().getList("items")).hasSize(2);
        assertThat(first.jsonPath().getBoolean("more")).isTrue();
        assertThat(first.jsonPath().getLong("next")).isEqualTo(start + 2);
        assertThat(nextLinkOf(first)).contains("after=" + (start + 2));

        Response rest = as(Role.PARTNER).queryParam("after", start + 2).queryParam("types", "MEETING,ORGANISATION")
                .queryParam("types", "EXPERT_GROUP").get(Feed.CHANGES);
        assertThat(rest.jsonPath().getList("items")).hasSize(1);
        assertThat(rest.jsonPath().getBoolean("more")).isFalse();
        assertThat(rest.header("Link")).isNull();

        Response otherTypes = as(Role.PARTNER).queryParam("after", start).queryParam("types", "AGENDA_ITEM").get(Feed.CHANGES);
        assertThat(otherTypes.jsonPath().getList("items")).isEmpty();
        assertThat(otherTypes.jsonPath().getLong("next")).isGreaterThanOrEqualTo(start + 3);
    }

    @Test
    void shouldRefuseBadFeedParameters() {
        assertInvalidField(as(Role.PARTNER).queryParam("after", "-1").get(Feed.CHANGES), "after");
        assertInvalidField(as(Role.PARTNER).queryParam("after", "ten").get(Feed.CHANGES), "after");
        assertInvalidField(as(Role.PARTNER).queryParam("after", "99999999999999999999").get(Feed.CHANGES), "after");
        assertInvalidField(as(Role.PARTNER).queryParam("types", "MEETING,NOPE").get(Feed.CHANGES), "types");
        assertInvalidField(as(Role.PARTNER).queryParam("types", "USER").get(Feed.CHANGES), "types");
        assertInvalidField(as(Role.PARTNER).queryParam("types", "MEETING,").get(Feed.CHANGES), "types");
        assertInvalidField(as(Role.PARTNER).queryParam("limit", "0").get(Feed.CHANGES), "limit");
        assertInvalidField(as(Role.PARTNER).queryParam("limit", "1001").get(Feed.CHANGES), "limit");
        anonymous().get(Feed.CHANGES).then().statusCode(401).contentType(PROBLEM_JSON);
        as(Role.PARTNER).contentType(ContentType.JSON).body("{}").post(Feed.CHANGES).then().statusCode(405);
    }

    @Test
    void shouldLeaveNoEntryForAWriteThatFails() {
        Map<String, Object> body = meeting(randomLetters(8));
        body.put("expertGroup", newExpertGroup());
        body.put("sessionNumber", 1);
        create(body);
        long before = changes.lastSeq();

        as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(MEETINGS).then().statusCode(409);

        assertThat(changes.lastSeq()).isEqualTo(before);
    }

    private List<String> documentActions(Role role, long after, String document) {
        return Feed.after(() -> as(role), after).entries().stream().filter(entry -> document.equals(entry.get("entityId")))
                .map(entry -> (String) entry.get("action")).toList();
    }

    /** Creates, changes and deletes meetings of the group in random order, as an editor would in a busy week. */
    private static void writeMeetingsInBulk(String group) {
        List<String> live = new ArrayList<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 60; i++) {
            int choice = live.size() < 3 ? 0 : random.nextInt(4);
            if (choice <= 1) {
                Map<String, Object> body = meeting(randomLetters(8));
                body.put("expertGroup", group);
                live.add((String) create(body).get("id"));
            } else if (choice == 2) {
                String id = live.get(random.nextInt(live.size()));
                mergePatch(as(Role.EDITOR), version(id), "{\"city\": \"Tunis " + i + "\"}").patch(MEETING, id).then().statusCode(200);
            } else {
                String id = live.remove(random.nextInt(live.size()));
                as(Role.EDITOR).delete(MEETING, id).then().statusCode(204);
            }
        }
    }
}
