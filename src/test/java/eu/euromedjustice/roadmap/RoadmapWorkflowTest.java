package eu.euromedjustice.roadmap;

import java.util.List;
import java.util.Map;

import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A roadmap's life: milestones, status rules, progress reports applied all or nothing, and the timeline. */
@QuarkusTest
class RoadmapWorkflowTest extends Roadmaps {

    @Test
    void shouldFollowAMilestoneFromPlanToTheMeetingWhereItWasReportedDone() {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        String regional = adoptedRoadmap(group, null);
        String roadmap = (String) create(with(with(roadmap(group, "MA", "ADOPTED"), "parentRoadmapId", regional),
                "adoptedAtMeetingId", meeting)).get("id");
        String decree = addMilestone(roadmap, milestone("Decree setting up the platform", "2017-12-31"));
        String contacts = addMilestone(roadmap, milestone("Contact points designated", "2018-06-30"));
        addMilestone(roadmap, milestone("Secretariat staffed", null));

        Response reported = addReport(as(Role.EDITOR), roadmap, report(meeting, List.of(
                update(decree, "DONE", "2017-05-09"), update(contacts, "IN_PROGRESS", null))));

        reported.then().statusCode(201).body("milestoneUpdates.size()", equalTo(2));
        String reportId = reported.path("id");
        Map<String, Object> after = fetch(roadmap);
        assertThat(after.get("status")).isEqualTo("IN_PROGRESS");
        assertThat(after.get("progress")).isEqualTo(33.3f);
        List<Map<String, Object>> history = as(Role.PARTNER).queryParam("milestone", decree).get(TIMELINE, roadmap)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(history).hasSize(2);
        assertThat(history.get(1)).containsEntry("from", "PLANNED").containsEntry("to", "DONE")
                .containsEntry("reportId", reportId).containsEntry("meetingId", meeting).containsEntry("reportedOn", "2017-05-08");
        Map<String, Object> heldAt = as(Role.PARTNER).get("/api/v1/meetings/{id}", meeting).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat((List<?>) heldAt.get("roadmapsAdopted")).hasSize(1);
        assertThat((List<?>) heldAt.get("roadmapReports")).hasSize(1);
        Map<String, Object> overview = anonymous().queryParam("expertGroup", group).get(OVERVIEW).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(overview.get("regional")).isNotNull();
    }
}
