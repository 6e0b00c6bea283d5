package eu.euromedjustice.roadmap;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.euromedjustice.security.Role;
import eu.euromedjustice.support.Feed;
import eu.euromedjustice.sync.ChangeRepository;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Roadmaps, milestones and reports in the change feed and the audit log: drafts for members only. */
@QuarkusTest
class RoadmapFeedTest extends Roadmaps {

    private static final String AUDIT = "/api/v1/audit-events";

    @Inject
    ChangeRepository changes;

    @Test
    void shouldTellPartnersOfARoadmapAndItsMilestonesWhenAdoptedAndWhenItGoesBackToDraft() {
        String group = newExpertGroup();
        long start = changes.lastSeq();
        String id = (String) create(roadmap(group, null, "DRAFT")).get("id");
        String milestone = addMilestone(id, milestone("Law on the platform", "2030-01-31"));
        setStatus(id, "ADOPTED").then().statusCode(200);
        setStatus(id, "DRAFT").then().statusCode(200);

        String roadmap = "ROADMAP " + id;
        String part = "MILESTONE " + milestone;
        assertThat(mine(Feed.after(() -> as(Role.MEMBER), start).entries(), id)).containsExactly(
                "CREATED " + roadmap,
                "CREATED " + part, "UPDATED " + roadmap, // counted
                "UPDATED " + part, "UPDATED " + roadmap, // adopted
                "UPDATED " + part, "UPDATED " + roadmap); // a draft again
        // a partner learns of both when adopted, and that they changed when they go back out of sight
        assertThat(mine(Feed.after(() -> as(Role.PARTNER), start).entries(), id)).containsExactly(
                "UPDATED " + part, "UPDATED " + roadmap,
                "UPDATED " + part, "UPDATED " + roadmap);
        // the milestone's path is its own, under the roadmap's
        assertThat(Feed.after(() -> as(Role.MEMBER), start).entries()).filteredOn(entry -> milestone.equals(entry.get("entityId")))
                .extracting(entry -> entry.get("path")).containsOnly(ROADMAPS + "/" + id + "/milestones/" + milestone);
    }

    @Test
    void shouldPublishAReportWithTheMilestonesItMovedTheRoadmapAndTheMeeting() {
        String group = newExpertGroup();
        String id = adoptedRoadmap(group, "MA");
        String milestone = addMilestone(id, milestone("Law on the platform", "2030-01-31"));
        String meeting = heldMeeting(group);
        long start = changes.lastSeq();

        String report = addReport(as(Role.EDITOR), id, report(meeting, List.of(update(milestone, "IN_PROGRESS", null))))
                .then().statusCode(201).extract().path("id");

        List<Map<String, Object>> entries = Feed.after(() -> as(Role.PARTNER), start).entries();
        assertThat(entries).extracting(entry -> entry.get("action") + " " + entry.get("entityType") + " " + entry.get("entityId"))
                .containsExactlyInAnyOrder(
                        "UPDATED MEETING " + meeting, // it lists the reports given at it
                        "CREATED ROADMAP_REPORT " + report,
                        "UPDATED MILESTONE " + milestone,
                        "UPDATED ROADMAP " + id); // counted again, and in progress now
        assertThat(entries).filteredOn(entry -> report.equals(entry.get("entityId"))).extracting(entry -> entry.get("path"))
                .containsExactly(ROADMAPS + "/" + id + "/reports/" + report);
    }

    @Test
    void shouldAuditWhoReportedAndJoinTheReportToTheReportingMembersPersonalData() {
        String group = newExpertGroup();
        String id = adoptedRoadmap(group, "TN");
        String milestone = addMilestone(id, milestone("Platform decree", "2030-01-31"));
        String meeting = heldMeeting(group);
        LinkedMember member = memberOf("TN");

        String report = addReport(member.caller().header("X-Request-Id", "roadmap-report-1"), id,
                report(meeting, List.of(update(milestone, "BLOCKED", null)))).then().statusCode(201).extract().path("id");

        List<Map<String, Object>> events = as(Role.ADMIN).queryParam("entityType", "ROADMAP_REPORT").queryParam("entityId", report)
                .get(AUDIT).then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(events).singleElement().satisfies(event -> assertThat(event).containsEntry("action", "CREATED")
                .containsEntry("roles", List.of("MEMBER")).containsEntry("requestId", "roadmap-report-1"));
        List<Map<String, Object>> milestoneEvents = as(Role.ADMIN).queryParam("entityType", "MILESTONE")
                .queryParam("entityId", milestone).get(AUDIT).then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(milestoneEvents).extracting(event -> event.get("action") + " " + event.get("roles"))
                .containsExactly("UPDATED [MEMBER]", "CREATED [EDITOR]");
        assertThat(milestoneEvents.get(0)).containsEntry("requestId", "roadmap-report-1");

        List<Map<String, Object>> personal = as(Role.ADMIN).get("/api/v1/members/{id}/personal-data", member.memberId())
                .then().statusCode(200).extract().jsonPath().getList("auditEvents");
        assertThat(personal).extracting(event -> event.get("entityType") + " " + event.get("entityId"))
                .contains("ROADMAP_REPORT " + report);
    }

    /** The entries about this test's roadmap and its parts, as "action type id". */
    private static List<String> mine(List<Map<String, Object>> entries, String roadmapId) {
        return entries.stream().filter(entry -> ((String) entry.get("path")).startsWith(ROADMAPS + "/" + roadmapId))
                .map(entry -> entry.get("action") + " " + entry.get("entityType") + " " + entry.get("entityId")).toList();
    }
}
