package eu.euromedjustice.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import eu.euromedjustice.security.Role;
import eu.euromedjustice.support.Parallel;
import eu.euromedjustice.sync.ChangeRepository;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static eu.euromedjustice.support.ProblemAssertions.Kind.CONFLICT;
import static eu.euromedjustice.support.ProblemAssertions.Kind.FORBIDDEN;
import static eu.euromedjustice.support.ProblemAssertions.Kind.NOT_FOUND;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static eu.euromedjustice.support.ProblemAssertions.assertUnauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A roadmap's life: milestones, status rules, progress reports applied all or nothing, and the timeline. */
@QuarkusTest
class RoadmapWorkflowTest extends Roadmaps {

    @Inject
    ChangeRepository changes;

    private static final List<String> STATUSES = List.of("DRAFT", "ADOPTED", "IN_PROGRESS", "COMPLETED", "SUPERSEDED");
    /** The changes the rules allow; every other one is a 409. */
    private static final Set<String> ALLOWED = Set.of("DRAFT>ADOPTED", "ADOPTED>DRAFT", "ADOPTED>IN_PROGRESS",
            "ADOPTED>COMPLETED", "ADOPTED>SUPERSEDED", "IN_PROGRESS>COMPLETED", "IN_PROGRESS>SUPERSEDED",
            "COMPLETED>IN_PROGRESS", "COMPLETED>SUPERSEDED");

    // ---------------------------------------------------------------- the story the issue asks for

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
                update(decree, "DONE", "2017-05-09"), with(update(contacts, "IN_PROGRESS", null), "note", Map.of("en", "Two of five")))));

        reported.then().statusCode(201).body("milestoneUpdates.size()", equalTo(2)).body("reportedOn", equalTo("2017-05-08"));
        String reportId = reported.path("id");
        Map<String, Object> after = fetch(roadmap);
        assertThat(after.get("status")).isEqualTo("IN_PROGRESS"); // work has begun
        assertThat(after.get("progress")).isEqualTo(33.3f);
        List<Map<String, Object>> history = as(Role.PARTNER).queryParam("milestone", decree).get(TIMELINE, roadmap)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).containsEntry("subject", "MILESTONE").containsEntry("to", "PLANNED").doesNotContainKey("from");
        assertThat(history.get(1)).containsEntry("from", "PLANNED").containsEntry("to", "DONE")
                .containsEntry("reportId", reportId).containsEntry("meetingId", meeting).containsEntry("reportedOn", "2017-05-08");
        assertThat((String) history.get(1).get("by")).startsWith("editor-");
        List<Map<String, Object>> all = as(Role.MEMBER).get(TIMELINE, roadmap).then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(all).extracting(entry -> entry.get("subject") + " " + entry.get("from") + ">" + entry.get("to")).containsExactly(
                "ROADMAP null>ADOPTED", "MILESTONE null>PLANNED", "MILESTONE null>PLANNED", "MILESTONE null>PLANNED",
                "MILESTONE PLANNED>DONE", "MILESTONE PLANNED>IN_PROGRESS", "ROADMAP ADOPTED>IN_PROGRESS");
        assertThat(all.get(5).get("note")).isEqualTo(Map.of("en", "Two of five"));
        assertThat(all.get(6)).containsEntry("reportId", reportId); // the report moved the roadmap on too
    }

    // ---------------------------------------------------------------- roadmap status

    static Stream<Arguments> statusChanges() {
        List<Arguments> changes = new ArrayList<>();
        for (String from : STATUSES) {
            for (String to : STATUSES) {
                if (!from.equals(to)) {
                    changes.add(Arguments.arguments(from, to, ALLOWED.contains(from + ">" + to)));
                }
            }
        }
        return changes.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("statusChanges")
    void shouldAllowOnlyTheStatusChangesOfTheRules(String from, String to, boolean allowed) {
        String roadmap = roadmapIn(from);
        Map<String, Object> before = fetch(roadmap);

        Response changed = setStatus(roadmap, to);

        if (allowed) {
            changed.then().statusCode(200).body("status", equalTo(to));
            assertThat(as(Role.MEMBER).get(TIMELINE, roadmap).then().extract().jsonPath().getList("items.to")).last().isEqualTo(to);
        } else {
            assertProblem(changed, CONFLICT).body("detail", containsString("is " + from)).body("detail", containsString("not " + to));
            assertThat(fetch(roadmap)).isEqualTo(before);
        }
    }

    @Test
    void shouldStartANewRoadmapAsDraftOrAdoptedOnly() {
        String group = newExpertGroup();
        for (String status : List.of("IN_PROGRESS", "COMPLETED", "SUPERSEDED")) {
            assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON).body(roadmap(group, "TN", status)).post(ROADMAPS), "status");
        }
        assertThat(create(roadmap(group, "TN", null)).get("status")).isEqualTo("DRAFT");
    }

    @Test
    void shouldRefuseBadReferencesNamingTheField() {
        String group = newExpertGroup();
        String unknown = "0193f2a3-5b7c-7d8e-9f01-23456789abcd";
        String country = adoptedRoadmap(group, "JO");
        String regional = adoptedRoadmap(group, null);
        String before = allIds(group);

        assertInvalidField(post(with(roadmap(group, null, "ADOPTED"), "adoptedAtMeetingId", unknown)), "adoptedAtMeetingId");
        assertInvalidField(post(with(roadmap(group, null, "DRAFT"), "adoptedAtMeetingId", heldMeeting(group))), "adoptedAtMeetingId");
        assertInvalidField(post(roadmap("NOSUCHGROUP", null, null)), "expertGroup");
        assertInvalidField(post(roadmap(group, "QQ", null)), "countryCode");
        assertInvalidField(post(with(roadmap(group, "LB", null), "parentRoadmapId", unknown)), "parentRoadmapId");
        assertInvalidField(post(with(roadmap(group, "LB", null), "parentRoadmapId", country)), "parentRoadmapId");
        assertInvalidField(post(with(roadmap(group, null, null), "parentRoadmapId", regional)), "parentRoadmapId");
        assertInvalidField(post(with(roadmap(group, "LB", null), "principles", List.of(Map.of("fr", "Sans anglais")))), "principles[0]");
        assertInvalidField(post(with(roadmap(group, "LB", null), "topic", "ROADS")), "topic");

        assertThat(allIds(group)).isEqualTo(before);
    }

    @Test
    void shouldKeepAReportedRoadmapFromGoingBackToDraft() {
        String group = newExpertGroup();
        String roadmap = adoptedRoadmap(group, "EG");
        addReport(as(Role.EDITOR), roadmap, report(heldMeeting(group), List.of())).then().statusCode(201);

        assertProblem(setStatus(roadmap, "DRAFT"), CONFLICT).body("detail", containsString("reported on"));
        assertThat(fetch(roadmap).get("status")).isEqualTo("ADOPTED"); // a report without updates does not move it on
    }

    @Test
    void shouldCompleteARoadmapOnlyWhenNoMilestoneIsOpen() {
        String roadmap = adoptedRoadmap(newExpertGroup(), "DZ");
        String done = addMilestone(roadmap, milestone("Done", null));
        String dropped = addMilestone(roadmap, milestone("Dropped", null));
        patchMilestone(roadmap, done, "{\"status\": \"DONE\", \"completedOn\": \"2018-01-15\"}").then().statusCode(200);

        assertProblem(setStatus(roadmap, "COMPLETED"), CONFLICT).body("detail", containsString("1 open milestone"));

        patchMilestone(roadmap, dropped, "{\"status\": \"CANCELLED\"}").then().statusCode(200);
        assertThat(fetch(roadmap).get("progress")).isEqualTo(100.0f); // a cancelled milestone does not count
        setStatus(roadmap, "COMPLETED").then().statusCode(200);
        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON).body(milestone("Late", null)).post(MILESTONES, roadmap), CONFLICT);
        assertProblem(patchMilestone(roadmap, done, "{\"status\": \"IN_PROGRESS\"}"), CONFLICT);
        assertProblem(addReport(as(Role.EDITOR), roadmap, report(heldMeeting(newExpertGroup()), List.of())), CONFLICT);
    }

    @Test
    void shouldShowAPartnerItsMilestonesOnceTheRoadmapIsAdopted() {
        String roadmap = (String) create(roadmap(newExpertGroup(), "PS", "DRAFT")).get("id");
        String step = addMilestone(roadmap, milestone("Inventory of agencies", null));
        assertProblem(as(Role.PARTNER).get(MILESTONE, roadmap, step), NOT_FOUND);
        int before = (int) as(Role.ADMIN).get(MILESTONE, roadmap, step).then().extract().path("version");

        setStatus(roadmap, "ADOPTED").then().statusCode(200);

        as(Role.PARTNER).get(MILESTONE, roadmap, step).then().statusCode(200).body("version", equalTo(before + 1));
    }

    // ---------------------------------------------------------------- milestones

    @Test
    void shouldRequireCompletedOnExactlyWhenDoneAndNotInTheFuture() {
        String roadmap = adoptedRoadmap(newExpertGroup(), "IL");
        String step = addMilestone(roadmap, milestone("Decree", null));
        Map<String, Object> before = milestoneOf(roadmap, step);

        assertInvalidField(patchMilestone(roadmap, step, "{\"status\": \"DONE\"}"), "completedOn");
        assertInvalidField(patchMilestone(roadmap, step, "{\"completedOn\": \"2018-01-01\"}"), "completedOn");
        assertInvalidField(patchMilestone(roadmap, step, "{\"status\": \"DONE\", \"completedOn\": \"2999-01-01\"}"), "completedOn");
        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON).body(with(milestone("X", null), "status", "DONE"))
                .post(MILESTONES, roadmap), "completedOn");
        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON).body(with(milestone("X", null), "responsibleOrganisationId",
                "0193f2a3-5b7c-7d8e-9f01-23456789abcd")).post(MILESTONES, roadmap), "responsibleOrganisationId");
        assertThat(milestoneOf(roadmap, step)).isEqualTo(before);

        patchMilestone(roadmap, step, "{\"status\": \"DONE\", \"completedOn\": \"2018-01-01\"}").then().statusCode(200)
                .body("completedOn", equalTo("2018-01-01"));
        assertProblem(patchMilestone(roadmap, step, "{\"status\": \"CANCELLED\", \"completedOn\": null}"), CONFLICT)
                .body("detail", containsString("is DONE"));
        patchMilestone(roadmap, step, "{\"status\": \"IN_PROGRESS\", \"completedOn\": null}").then().statusCode(200);
        patchMilestone(roadmap, step, "{\"status\": \"CANCELLED\"}").then().statusCode(200);
        assertProblem(patchMilestone(roadmap, step, "{\"status\": \"DONE\", \"completedOn\": \"2018-01-01\"}"), CONFLICT);
        patchMilestone(roadmap, step, "{\"status\": \"PLANNED\"}").then().statusCode(200);
        assertThat(as(Role.MEMBER).queryParam("milestone", step).get(TIMELINE, roadmap).then().extract().jsonPath()
                .getList("items.to")).containsExactly("PLANNED", "DONE", "IN_PROGRESS", "CANCELLED", "PLANNED");
    }

    @Test
    void shouldKeepPositionsDenseAsMilestonesComeAndGo() {
        String roadmap = adoptedRoadmap(newExpertGroup(), "LB");
        String second = addMilestone(roadmap, milestone("Second", null));
        String third = addMilestone(roadmap, milestone("Third", null));
        String first = addMilestone(roadmap, with(milestone("First", null), "position", 1));

        assertThat(titles(roadmap)).containsExactly("First", "Second", "Third");
        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON).body(with(milestone("Far", null), "position", 5))
                .post(MILESTONES, roadmap), "position");
        patchMilestone(roadmap, third, "{\"position\": 1}").then().statusCode(200);
        assertThat(titles(roadmap)).containsExactly("Third", "First", "Second");
        as(Role.EDITOR).delete(MILESTONE, roadmap, first).then().statusCode(204);
        assertThat(titles(roadmap)).containsExactly("Third", "Second");
        assertThat(positions(roadmap)).containsExactly(1, 2);
        assertThat(second).isNotNull();
    }

    @Test
    void shouldKeepAMilestoneAReportUpdatedOnRecord() {
        String group = newExpertGroup();
        String roadmap = adoptedRoadmap(group, "TN");
        String step = addMilestone(roadmap, milestone("Reported", null));
        addReport(as(Role.EDITOR), roadmap, report(heldMeeting(group), List.of(update(step, "BLOCKED", null)))).then().statusCode(201);

        assertProblem(as(Role.EDITOR).delete(MILESTONE, roadmap, step), CONFLICT).body("detail", containsString("CANCELLED"));
        assertProblem(as(Role.EDITOR).delete(ROADMAP, roadmap), CONFLICT).body("detail", containsString("SUPERSEDED"));
        as(Role.ADMIN).get(MILESTONE, roadmap, step).then().statusCode(200);
    }

    @Test
    void shouldTimeAReportThatLeavesAMilestoneAsItWasAndKeepTheMilestoneOnRecord() {
        String group = newExpertGroup();
        String roadmap = adoptedRoadmap(group, "EG");
        String step = addMilestone(roadmap, milestone("Still planned", null));
        String report = addReport(as(Role.EDITOR), roadmap, report(heldMeeting(group), List.of(with(update(step, "PLANNED", null),
                "note", Map.of("en", "Waiting for the new government"))))).then().statusCode(201).extract().path("id");

        Map<String, Object> last = as(Role.PARTNER).queryParam("milestone", step).get(TIMELINE, roadmap).then().statusCode(200)
                .extract().jsonPath().getMap("items[-1]");
        assertThat(last).containsEntry("from", "PLANNED").containsEntry("to", "PLANNED").containsEntry("reportId", report)
                .containsEntry("note", Map.of("en", "Waiting for the new government"));
        assertProblem(as(Role.EDITOR).delete(MILESTONE, roadmap, step), CONFLICT).body("detail", containsString("reported on"));
        // an editor's change that leaves the status is not a timeline entry
        patchMilestone(roadmap, step, "{\"dueDate\": \"2031-01-31\"}").then().statusCode(200);
        assertThat(as(Role.PARTNER).queryParam("milestone", step).get(TIMELINE, roadmap).then().extract().jsonPath()
                .getList("items")).hasSize(2);
    }

    @Test
    void shouldAdoptADraftWhoseWorkHasBegunAsInProgress() {
        String roadmap = (String) create(roadmap(newExpertGroup(), "JO", "DRAFT")).get("id");
        String step = addMilestone(roadmap, milestone("Drafting the decree", null));
        patchMilestone(roadmap, step, "{\"status\": \"IN_PROGRESS\"}").then().statusCode(200);
        assertThat(fetch(roadmap)).containsEntry("status", "DRAFT"); // a draft is not under way, whatever its milestones

        setStatus(roadmap, "ADOPTED").then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        assertThat(as(Role.ADMIN).get(TIMELINE, roadmap).then().extract().jsonPath().getList("items.findAll { !it.milestoneId }.to"))
                .containsExactly("DRAFT", "ADOPTED", "IN_PROGRESS");
    }

    @Test
    void shouldRefuseAnErasedMemberAsReporter() {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        String roadmap = adoptedRoadmap(group, "PS");
        LinkedMember reporter = memberOf("PS");
        addReport(as(Role.EDITOR), roadmap, with(report(meeting, List.of()), "reportedByMemberId", reporter.memberId()))
                .then().statusCode(201);
        as(Role.ADMIN).post("/api/v1/members/{id}/erase", reporter.memberId()).then().statusCode(200);

        assertProblem(addReport(as(Role.EDITOR), roadmap, with(report(meeting, List.of()), "reportedByMemberId", reporter.memberId())),
                CONFLICT).body("detail", containsString("erased"));
        assertThat(as(Role.ADMIN).get(REPORTS, roadmap).then().extract().jsonPath().getList("items")).hasSize(1);
    }

    // ---------------------------------------------------------------- reports

    @Test
    void shouldApplyNothingWhenOneUpdateOfAReportIsRefused() {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        String roadmap = adoptedRoadmap(group, "JO");
        String open = addMilestone(roadmap, milestone("Open", null));
        String done = addMilestone(roadmap, milestone("Done", null));
        patchMilestone(roadmap, done, "{\"status\": \"DONE\", \"completedOn\": \"2017-05-01\"}").then().statusCode(200);
        Map<String, Object> before = fetch(roadmap);
        List<Object> timeline = as(Role.ADMIN).get(TIMELINE, roadmap).then().extract().jsonPath().getList("items");
        Object meetingVersion = as(Role.ADMIN).get("/api/v1/meetings/{id}", meeting).then().extract().path("version");
        long feed = lastFeedSeq();

        assertProblem(addReport(as(Role.EDITOR), roadmap, report(meeting, List.of(update(open, "DONE", "2017-05-08"),
                update(done, "CANCELLED", null)))), CONFLICT).body("detail", containsString(done));
        assertInvalidField(addReport(as(Role.EDITOR), roadmap, report(meeting, List.of(update(open, "IN_PROGRESS", null),
                update("0193f2a3-5b7c-7d8e-9f01-23456789abcd", "DONE", "2017-05-08")))), "milestoneUpdates[1].milestoneId");
        assertInvalidField(addReport(as(Role.EDITOR), roadmap, report(meeting, List.of(update(open, "IN_PROGRESS", null),
                update(open, "BLOCKED", null)))), "milestoneUpdates[1].milestoneId");
        assertInvalidField(addReport(as(Role.EDITOR), roadmap, report(meeting, List.of(update(open, "DONE", null)))),
                "milestoneUpdates[0].completedOn");
        assertInvalidField(addReport(as(Role.EDITOR), roadmap, report(meeting, List.of(with(update(open, "DONE", "2017-05-08"),
                "status", "FINISHED")))), "milestoneUpdates[0].status");
        assertInvalidField(addReport(as(Role.EDITOR), roadmap, with(report(meeting, List.of()), "reportedOn", "2017-05-12")), "reportedOn");
        assertInvalidField(addReport(as(Role.EDITOR), roadmap, report("0193f2a3-5b7c-7d8e-9f01-23456789abcd", List.of())), "meetingId");
        assertInvalidField(addReport(as(Role.EDITOR), roadmap, without(report(meeting, List.of()), "summary")), "summary");

        assertThat(fetch(roadmap)).isEqualTo(before);
        assertThat(as(Role.ADMIN).get(TIMELINE, roadmap).then().extract().jsonPath().getList("items")).isEqualTo(timeline);
        assertThat(as(Role.ADMIN).get(REPORTS, roadmap).then().extract().jsonPath().getList("items")).isEmpty();
        assertThat((Object) as(Role.ADMIN).get("/api/v1/meetings/{id}", meeting).then().extract().path("version"))
                .isEqualTo(meetingVersion);
        assertThat(lastFeedSeq()).isEqualTo(feed);
    }

    @Test
    void shouldReportOnlyOnAnAdoptedRoadmapAtAMeetingThatHasBeen() {
        String group = newExpertGroup();
        String draft = (String) create(roadmap(group, "MA", null)).get("id");
        assertProblem(addReport(as(Role.EDITOR), draft, report(heldMeeting(group), List.of())), CONFLICT)
                .body("detail", containsString("DRAFT"));
        String future = as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("expertGroup", group,
                "title", Map.of("en", "A session to come"), "startDate", "2999-01-04", "endDate", "2999-01-05",
                "timeZone", "Europe/Brussels", "format", "ONLINE")).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        assertInvalidField(addReport(as(Role.EDITOR), adoptedRoadmap(group, "MA"), report(future, List.of())), "reportedOn");
    }

    @Test
    void shouldLetAMemberReportOnlyOnTheirOwnCountrysRoadmapsAsThemselves() {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        String moroccan = adoptedRoadmap(group, "MA");
        String regional = adoptedRoadmap(group, null);
        LinkedMember fromMorocco = memberOf("MA");
        LinkedMember fromTunisia = memberOf("TN");

        addReport(fromMorocco.caller(), moroccan, report(meeting, List.of())).then().statusCode(201)
                .body("reportedByMemberId", equalTo(fromMorocco.memberId()));
        assertProblem(addReport(fromTunisia.caller(), moroccan, report(meeting, List.of())), FORBIDDEN)
                .body("detail", containsString("own country"));
        assertProblem(addReport(fromMorocco.caller(), regional, report(meeting, List.of())), FORBIDDEN);
        assertProblem(addReport(fromMorocco.caller(), moroccan, with(report(meeting, List.of()), "reportedByMemberId",
                fromTunisia.memberId())), FORBIDDEN).body("detail", containsString("themselves"));
        assertProblem(addReport(as(Role.MEMBER), moroccan, report(meeting, List.of())), FORBIDDEN) // not linked to a member
                .body("detail", containsString("linked"));
        assertProblem(addReport(as(Role.PARTNER), moroccan, report(meeting, List.of())), FORBIDDEN);
        assertUnauthorized(addReport(anonymous(), moroccan, report(meeting, List.of())));
        addReport(as(Role.EDITOR), moroccan, with(report(meeting, List.of()), "reportedByMemberId", fromTunisia.memberId()))
                .then().statusCode(201);

        assertThat(as(Role.PARTNER).get(REPORTS, moroccan).then().statusCode(200).extract().jsonPath().getList("items")).hasSize(2);
    }

    // ---------------------------------------------------------------- races

    @Test
    void shouldCountEveryMilestoneOfParallelReports() throws Exception {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        String roadmap = adoptedRoadmap(group, "EG");
        List<String> steps = IntStream.range(0, 8).mapToObj(i -> addMilestone(roadmap, milestone("Step " + i, null))).toList();
        AtomicInteger next = new AtomicInteger();

        List<Integer> statuses = Parallel.times(8, () -> addReport(as(Role.EDITOR), roadmap,
                report(meeting, List.of(update(steps.get(next.getAndIncrement()), "DONE", "2017-05-10")))).statusCode());

        assertThat(statuses).containsOnly(201);
        Map<String, Object> after = fetch(roadmap);
        assertThat(after.get("progress")).isEqualTo(100.0f); // no report's count lost to another's
        assertThat(after.get("status")).isEqualTo("IN_PROGRESS");
        assertThat(as(Role.ADMIN).queryParam("limit", 100).get(TIMELINE, roadmap).then().extract().jsonPath().getList("items.to"))
                .filteredOn("IN_PROGRESS"::equals).hasSize(1); // the roadmap moved on once
    }

    @Test
    void shouldGiveParallelMilestonesEachTheirOwnPosition() throws Exception {
        String roadmap = adoptedRoadmap(newExpertGroup(), "DZ");

        List<Integer> statuses = Parallel.times(8, () -> as(Role.EDITOR).contentType(ContentType.JSON)
                .body(milestone("Parallel", null)).post(MILESTONES, roadmap).statusCode());

        assertThat(statuses).containsOnly(201);
        assertThat(positions(roadmap)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void shouldNotLetARoadmapDeriveFromOneThatBecomesACountrysAtTheSameTime() throws Exception {
        String group = newExpertGroup();
        for (int round = 0; round < 6; round++) {
            String regional = adoptedRoadmap(group, null);
            Object version = fetch(regional).get("version");

            List<Integer> statuses = Parallel.atOnce(
                    () -> as(Role.EDITOR).contentType(ContentType.JSON)
                            .body(with(roadmap(group, "DZ", "ADOPTED"), "parentRoadmapId", regional)).post(ROADMAPS).statusCode(),
                    () -> mergePatch(as(Role.EDITOR), version, "{\"countryCode\": \"LY\"}").patch(ROADMAP, regional).statusCode());

            // one of them, never both: a roadmap derives only from a regional one (the create first: the change is a 409;
            // the change first: the create is a 400, its parent no longer regional)
            assertThat(statuses).as("round " + round).isIn(List.of(201, 409), List.of(400, 200));
            boolean derived = !as(Role.ADMIN).queryParam("parent", regional).get(ROADMAPS).then().extract().jsonPath()
                    .getList("items").isEmpty();
            assertThat(fetch(regional).get("countryCode") == null).as("round " + round).isEqualTo(derived);
        }
    }

    @Test
    void shouldAdoptRoadmapsAtAMeetingWhileTheMeetingChanges() throws Exception {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        for (int round = 0; round < 4; round++) {
            int city = round;
            List<Integer> statuses = Parallel.atOnce(
                    () -> as(Role.EDITOR).contentType(ContentType.JSON)
                            .body(with(roadmap(group, "TN", "ADOPTED"), "adoptedAtMeetingId", meeting)).post(ROADMAPS).statusCode(),
                    () -> as(Role.EDITOR).contentType(MERGE_PATCH_JSON).header("If-Match", "*")
                            .body("{\"city\": \"Tunis " + city + "\"}").patch("/api/v1/meetings/{id}", meeting).statusCode());

            // both, in either order: the two paths lock the meeting and the expert group in one order
            assertThat(statuses).as("round " + round).containsExactly(201, 200);
        }
        assertThat(as(Role.ADMIN).get("/api/v1/meetings/{id}", meeting).then().extract().jsonPath().getList("roadmapsAdopted"))
                .hasSize(4);
    }

    // ---------------------------------------------------------------- references and deletes

    @Test
    void shouldRefuseToDeleteWhatARoadmapRefersTo() {
        String group = newExpertGroup();
        String organisation = as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("name", Map.of("en", "Ministry " + randomLetters(8)),
                "type", "NATIONAL_AUTHORITY", "countryCode", "MA")).post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String roadmap = adoptedRoadmap(group, "MA");
        addMilestone(roadmap, with(milestone("Platform", null), "responsibleOrganisationId", organisation));
        LinkedMember reporter = memberOf("MA");
        addReport(reporter.caller(), roadmap, report(heldMeeting(group), List.of())).then().statusCode(201);

        assertProblem(as(Role.EDITOR).delete("/api/v1/organisations/{id}", organisation), CONFLICT)
                .body("detail", containsString("roadmap milestone"));
        assertProblem(as(Role.EDITOR).delete("/api/v1/members/{id}", reporter.memberId()), CONFLICT)
                .body("detail", containsString("progress report"));
        assertProblem(as(Role.EDITOR).delete("/api/v1/expert-groups/{code}", group), CONFLICT).body("detail", containsString("roadmap"));
    }

    @Test
    void shouldDeleteARoadmapWithItsMilestonesUnlessOthersDeriveFromIt() {
        String group = newExpertGroup();
        String regional = adoptedRoadmap(group, null);
        String derived = (String) create(with(roadmap(group, "LY", "ADOPTED"), "parentRoadmapId", regional)).get("id");
        String step = addMilestone(derived, milestone("Step", null));

        assertProblem(as(Role.EDITOR).delete(ROADMAP, regional), CONFLICT).body("detail", containsString("parent"));
        assertProblem(mergePatch(as(Role.EDITOR), fetch(regional).get("version"), "{\"countryCode\": \"LY\"}").patch(ROADMAP, regional),
                CONFLICT);
        as(Role.EDITOR).delete(ROADMAP, derived).then().statusCode(204);
        assertProblem(as(Role.ADMIN).get(MILESTONE, derived, step), NOT_FOUND);
        as(Role.EDITOR).delete(ROADMAP, regional).then().statusCode(204);
    }

    // ---------------------------------------------------------------- helpers

    /** A new roadmap brought to the status by allowed steps, without milestones. */
    private static String roadmapIn(String status) {
        String roadmap = (String) create(roadmap(newExpertGroup(), "MA", status.equals("DRAFT") ? "DRAFT" : "ADOPTED")).get("id");
        switch (status) {
            case "IN_PROGRESS" -> setStatus(roadmap, "IN_PROGRESS").then().statusCode(200);
            case "COMPLETED" -> setStatus(roadmap, "COMPLETED").then().statusCode(200);
            case "SUPERSEDED" -> setStatus(roadmap, "SUPERSEDED").then().statusCode(200);
            default -> {
            }
        }
        return roadmap;
    }

    private static Response post(Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(ROADMAPS);
    }

    private static String allIds(String group) {
        return allItems(() -> as(Role.ADMIN), ROADMAPS, Map.of("expertGroup", group), 100).stream().map(item -> item.get("id"))
                .toList().toString();
    }

    private static Response patchMilestone(String roadmap, String milestone, String patch) {
        Object version = milestoneOf(roadmap, milestone).get("version");
        return mergePatch(as(Role.EDITOR), version, patch).patch(MILESTONE, roadmap, milestone);
    }

    private static Map<String, Object> milestoneOf(String roadmap, String milestone) {
        return as(Role.ADMIN).get(MILESTONE, roadmap, milestone).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static List<Integer> positions(String roadmap) {
        return as(Role.ADMIN).get(ROADMAP, roadmap).then().statusCode(200).extract().jsonPath().getList("milestones.position");
    }

    private static List<Object> titles(String roadmap) {
        return as(Role.ADMIN).get(MILESTONES, roadmap).then().statusCode(200).extract().jsonPath().getList("items.title.en");
    }

    private long lastFeedSeq() {
        return changes.lastSeq();
    }
}
