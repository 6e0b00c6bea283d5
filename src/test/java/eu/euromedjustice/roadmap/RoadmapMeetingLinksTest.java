package eu.euromedjustice.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static eu.euromedjustice.support.ProblemAssertions.Kind.CONFLICT;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** GET /api/v1/meetings/{id} lists the roadmaps adopted and reported at it; its ETag moves with them; they keep it from deletion. */
@QuarkusTest
class RoadmapMeetingLinksTest extends Roadmaps {

    private static final String MEETING = "/api/v1/meetings/{id}";

    @Test
    void shouldListTheRoadmapsAdoptedAndTheReportsGivenAtAMeeting() {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        String other = heldMeeting(group);
        Map<String, Object> moroccan = create(with(roadmap(group, "MA", "ADOPTED"), "adoptedAtMeetingId", meeting));
        Map<String, Object> regional = create(with(roadmap(group, null, "ADOPTED"), "adoptedAtMeetingId", meeting));
        Map<String, Object> tunisian = create(roadmap(group, "TN", "ADOPTED"));
        Map<String, Object> adoptedElsewhere = create(with(roadmap(group, "DZ", "ADOPTED"), "adoptedAtMeetingId", other));
        String onTunisia = reportAt(meeting, tunisian);
        String onMorocco = reportAt(meeting, moroccan);
        String onRegional = reportAt(meeting, regional);
        String againOnTunisia = reportAt(meeting, tunisian);
        String onMoroccoElsewhere = reportAt(other, moroccan);

        Map<String, Object> shown = anonymous().get(MEETING, meeting).then().statusCode(200).extract().jsonPath().getMap("");

        assertThat(shown.get("roadmapsAdopted")).isEqualTo(List.of(adopted(moroccan), adopted(regional)));
        // by country, the regional one first; a country's reports in the order given
        assertThat(shown.get("roadmapReports")).isEqualTo(List.of(given(onRegional, regional), given(onMorocco, moroccan),
                given(onTunisia, tunisian), given(againOnTunisia, tunisian)));
        assertThat(as(Role.PARTNER).get(MEETING, meeting).then().extract().jsonPath().getMap("")).isEqualTo(shown);
        as(Role.ADMIN).get(MEETING, other).then().statusCode(200)
                .body("roadmapsAdopted", equalTo(List.of(adopted(adoptedElsewhere))))
                .body("roadmapReports", equalTo(List.of(given(onMoroccoElsewhere, moroccan))));
        as(Role.ADMIN).get(MEETING, heldMeeting(group)).then().statusCode(200)
                .body("roadmapsAdopted", equalTo(List.of())).body("roadmapReports", equalTo(List.of()));
        // a meeting list leaves them out
        as(Role.ADMIN).queryParam("expertGroup", group).get("/api/v1/meetings").then().statusCode(200)
                .body("items.size()", equalTo(3)).body("items.findAll { it.roadmapsAdopted != null }.size()", equalTo(0))
                .body("items.findAll { it.roadmapReports != null }.size()", equalTo(0));
    }

    @Test
    void shouldMoveTheMeetingsETagWhenWhatItListsChanges() {
        String group = newExpertGroup();
        String adoptedAt = heldMeeting(group);
        String reportedAt = heldMeeting(group);
        String movedTo = heldMeeting(group);
        Etags etags = new Etags(adoptedAt, reportedAt, movedTo);

        String roadmap = (String) create(with(roadmap(group, "MA", "ADOPTED"), "adoptedAtMeetingId", adoptedAt)).get("id");
        assertThat(etags.moved()).containsExactly(adoptedAt);

        addReport(as(Role.EDITOR), roadmap, report(reportedAt, List.of())).then().statusCode(201);
        assertThat(etags.moved()).containsExactly(reportedAt);

        addMilestone(roadmap, milestone("Not shown at the meetings", null));
        assertThat(etags.moved()).isEmpty();

        patch(roadmap, "{\"title\": {\"en\": \"Renamed\"}}");
        assertThat(etags.moved()).containsExactly(adoptedAt, reportedAt); // both show its title

        patch(roadmap, "{\"adoptedAtMeetingId\": \"" + movedTo + "\"}");
        assertThat(etags.moved()).containsExactly(adoptedAt, movedTo);

        patch(roadmap, "{\"objective\": {\"en\": \"Not shown at the meetings either\"}}");
        assertThat(etags.moved()).isEmpty();
    }

    @Test
    void shouldMoveTheETagOfAMeetingARoadmapWasReportedAtWhenItIsAdoptedThereOrNoLonger() {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        String roadmap = adoptedRoadmap(group, "MA");
        addReport(as(Role.EDITOR), roadmap, report(meeting, List.of())).then().statusCode(201);
        Etags etags = new Etags(meeting);

        patch(roadmap, "{\"adoptedAtMeetingId\": \"" + meeting + "\"}");

        assertThat(etags.moved()).containsExactly(meeting);
        as(Role.ADMIN).get(MEETING, meeting).then().body("roadmapsAdopted.id", equalTo(List.of(roadmap)));

        patch(roadmap, "{\"adoptedAtMeetingId\": null}");

        assertThat(etags.moved()).containsExactly(meeting);
        as(Role.ADMIN).get(MEETING, meeting).then().body("roadmapsAdopted", equalTo(List.of()));
    }

    @Test
    void shouldMoveTheETagOfAMeetingWhenTheCountryOfARoadmapReportedThereChanges() {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        String roadmap = adoptedRoadmap(group, "MA");
        addReport(as(Role.EDITOR), roadmap, report(meeting, List.of())).then().statusCode(201);
        Etags etags = new Etags(meeting);

        patch(roadmap, "{\"countryCode\": \"TN\"}");

        assertThat(etags.moved()).containsExactly(meeting);
        as(Role.ADMIN).get(MEETING, meeting).then().body("roadmapReports.countryCode", equalTo(List.of("TN")));
    }

    @Test
    void shouldKeepAMeetingARoadmapWasAdoptedAtUntilTheRoadmapIsGone() {
        String group = newExpertGroup();
        String meeting = pastMeeting(group, "CONFIRMED"); // not HELD: only what refers to it keeps it
        String first = (String) create(with(roadmap(group, "MA", "ADOPTED"), "adoptedAtMeetingId", meeting)).get("id");
        String second = (String) create(with(roadmap(group, "TN", "ADOPTED"), "adoptedAtMeetingId", meeting)).get("id");
        Map<String, Object> before = meetingAsSeen(meeting);
        Map<String, Object> roadmapBefore = fetch(first);

        assertProblem(as(Role.EDITOR).delete(MEETING, meeting), CONFLICT)
                .body("detail", equalTo("Meeting '" + meeting + "' is still referred to by 2 roadmaps adopted at it."));

        assertThat(meetingAsSeen(meeting)).isEqualTo(before);
        assertThat(fetch(first)).isEqualTo(roadmapBefore);
        as(Role.EDITOR).delete(ROADMAP, first).then().statusCode(204);
        assertProblem(as(Role.EDITOR).delete(MEETING, meeting), CONFLICT)
                .body("detail", equalTo("Meeting '" + meeting + "' is still referred to by 1 roadmap adopted at it."));
        as(Role.EDITOR).delete(ROADMAP, second).then().statusCode(204);
        as(Role.EDITOR).delete(MEETING, meeting).then().statusCode(204); // nothing else held it
    }

    @Test
    void shouldKeepAMeetingAProgressReportWasGivenAt() {
        String group = newExpertGroup();
        String meeting = pastMeeting(group, "CONFIRMED"); // not HELD: only what refers to it keeps it
        String roadmap = adoptedRoadmap(group, "MA");
        String report = reportAt(meeting, Map.of("id", roadmap));
        create(with(roadmap(group, "TN", "ADOPTED"), "adoptedAtMeetingId", meeting));
        Map<String, Object> before = meetingAsSeen(meeting);
        Map<String, Object> roadmapBefore = fetch(roadmap);

        assertProblem(as(Role.EDITOR).delete(MEETING, meeting), CONFLICT).body("detail", equalTo("Meeting '" + meeting
                + "' is still referred to by 1 roadmap adopted at it, 1 roadmap progress report given at it."));

        assertThat(meetingAsSeen(meeting)).isEqualTo(before);
        assertThat(fetch(roadmap)).isEqualTo(roadmapBefore);
        as(Role.ADMIN).get(REPORTS + "/{reportId}", roadmap, report).then().statusCode(200).body("meetingId", equalTo(meeting));
    }

    // ---------------------------------------------------------------- helpers

    /** The ETags of some meetings, to tell which moved since the last look. */
    private static final class Etags {

        private final Map<String, String> last = new LinkedHashMap<>();

        Etags(String... meetings) {
            for (String meeting : meetings) {
                last.put(meeting, etagOf(meeting));
            }
        }

        /** The meetings whose ETag changed since the last call, in the order given. */
        List<String> moved() {
            List<String> moved = new ArrayList<>();
            last.replaceAll((meeting, etag) -> {
                String now = etagOf(meeting);
                if (!now.equals(etag)) {
                    moved.add(meeting);
                }
                return now;
            });
            return moved;
        }

        private static String etagOf(String meeting) {
            String etag = as(Role.ADMIN).get(MEETING, meeting).then().statusCode(200).extract().header("ETag");
            // a client holding the old ETag gets the new body, not a 304
            as(Role.ADMIN).header("If-None-Match", etag).get(MEETING, meeting).then().statusCode(304);
            return etag;
        }
    }

    private static Map<String, Object> meetingAsSeen(String meeting) {
        return as(Role.ADMIN).get(MEETING, meeting).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** Reports on the roadmap at the meeting; the report's id. */
    private static String reportAt(String meeting, Map<String, Object> roadmap) {
        return addReport(as(Role.EDITOR), (String) roadmap.get("id"), report(meeting, List.of())).then().statusCode(201)
                .extract().path("id");
    }

    private static void patch(String roadmap, String patch) {
        mergePatch(as(Role.EDITOR), fetch(roadmap).get("version"), patch).patch(ROADMAP, roadmap).then().statusCode(200);
    }

    private static Map<String, Object> adopted(Map<String, Object> roadmap) {
        return Map.of("id", roadmap.get("id"), "title", roadmap.get("title"));
    }

    private static Map<String, Object> given(String reportId, Map<String, Object> roadmap) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("id", reportId);
        given.put("roadmapId", roadmap.get("id"));
        given.put("title", roadmap.get("title"));
        if (roadmap.get("countryCode") != null) {
            given.put("countryCode", roadmap.get("countryCode"));
        }
        return given;
    }
}
