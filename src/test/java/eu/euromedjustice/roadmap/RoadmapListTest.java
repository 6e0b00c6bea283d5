package eu.euromedjustice.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static eu.euromedjustice.support.ProblemAssertions.Kind.NOT_FOUND;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static eu.euromedjustice.support.ProblemAssertions.assertUnauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hamcrest.Matchers.equalTo;

/**
 * GET /api/v1/roadmaps: every filter, keyset paging, malformed parameters and what each role sees.
 * The database is shared by the whole run, so every list is narrowed to an expert group of the test's own.
 */
@QuarkusTest
class RoadmapListTest extends Roadmaps {

    // ---------------------------------------------------------------- filters

    @Test
    void shouldFilterByCountry() {
        String group = newExpertGroup();
        String moroccan = adoptedRoadmap(group, "MA");
        String tunisian = adoptedRoadmap(group, "TN");
        String regional = adoptedRoadmap(group, null);

        assertThat(listed(group, Map.of("country", "MA"))).containsExactly(moroccan);
        assertThat(listed(group, Map.of("country", "TN"))).containsExactly(tunisian);
        assertThat(listed(group, Map.of("country", "EG"))).isEmpty();
        assertThat(listed(group, Map.of())).containsExactly(moroccan, tunisian, regional);
    }

    @Test
    void shouldFilterByExpertGroup() {
        String group = newExpertGroup();
        String other = newExpertGroup();
        String ours = adoptedRoadmap(group, "MA");
        String theirs = adoptedRoadmap(other, "MA");
        String theirRegional = adoptedRoadmap(other, null);

        assertThat(listed(group, Map.of())).containsExactly(ours);
        assertThat(listed(other, Map.of())).containsExactly(theirs, theirRegional);
        assertThat(listed("RNOSUCHGROUP" + randomLetters(6).toUpperCase(), Map.of())).isEmpty(); // well-formed, unknown: nothing
    }

    @Test
    void shouldFilterByTopic() {
        String group = newExpertGroup();
        String platform = adoptedRoadmap(group, "MA");
        String gaps = (String) create(with(roadmap(group, null, "ADOPTED"), "topic", "LEGAL_GAPS")).get("id");
        String handbook = (String) create(with(roadmap(group, null, "ADOPTED"), "topic", "HANDBOOK")).get("id");

        assertThat(listed(group, Map.of("topic", "NATIONAL_COORDINATION_PLATFORM"))).containsExactly(platform);
        assertThat(listed(group, Map.of("topic", "LEGAL_GAPS"))).containsExactly(gaps);
        assertThat(listed(group, Map.of("topic", "HANDBOOK"))).containsExactly(handbook);
        assertThat(listed(group, Map.of("topic", "FICHES_UPDATE"))).isEmpty();
    }

    @Test
    void shouldFilterByEachStatus() {
        String group = newExpertGroup();
        String draft = (String) create(roadmap(group, "MA", "DRAFT")).get("id");
        String adopted = adoptedRoadmap(group, "TN");
        String inProgress = adoptedRoadmap(group, "DZ");
        setStatus(inProgress, "IN_PROGRESS").then().statusCode(200);
        String completed = adoptedRoadmap(group, "EG");
        setStatus(completed, "COMPLETED").then().statusCode(200);
        String superseded = adoptedRoadmap(group, "JO");
        setStatus(superseded, "SUPERSEDED").then().statusCode(200);
        String alsoAdopted = adoptedRoadmap(group, "JO");

        assertThat(listed(group, Map.of("status", "DRAFT"))).containsExactly(draft);
        assertThat(listed(group, Map.of("status", "ADOPTED"))).containsExactly(adopted, alsoAdopted);
        assertThat(listed(group, Map.of("status", "IN_PROGRESS"))).containsExactly(inProgress);
        assertThat(listed(group, Map.of("status", "COMPLETED"))).containsExactly(completed);
        assertThat(listed(group, Map.of("status", "SUPERSEDED"))).containsExactly(superseded);
        assertThat(listed(group, Map.of("status", "ADOPTED", "country", "JO"))).containsExactly(alsoAdopted); // filters combine
        // repeated: any of them, page after page
        assertThat(listed(group, Map.of("status", List.of("ADOPTED", "IN_PROGRESS")), 1)).containsExactly(adopted, inProgress, alsoAdopted);
        assertInvalidField(as(Role.MEMBER).queryParam("status", "ADOPTED", "FINISHED").get(ROADMAPS), "status");
    }

    @Test
    void shouldFilterByTheMeetingARoadmapWasAdoptedOrReportedAt() {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        String elsewhere = heldMeeting(group);
        String adoptedThere = adoptedAt(group, "MA", meeting);
        String reportedThere = adoptedRoadmap(group, "TN");
        // twice: a roadmap reported on more than once at the meeting is still listed once
        addReport(as(Role.EDITOR), reportedThere, report(meeting, List.of())).then().statusCode(201);
        addReport(as(Role.EDITOR), reportedThere, report(meeting, List.of())).then().statusCode(201);
        String both = adoptedAt(group, "DZ", meeting);
        addReport(as(Role.EDITOR), both, report(meeting, List.of())).then().statusCode(201);
        String adoptedElsewhere = adoptedAt(group, "EG", elsewhere);
        addReport(as(Role.EDITOR), adoptedElsewhere, report(elsewhere, List.of())).then().statusCode(201);
        adoptedRoadmap(group, "JO");

        assertThat(listed(group, Map.of("meeting", meeting))).containsExactly(adoptedThere, reportedThere, both);
        assertThat(listed(group, Map.of("meeting", elsewhere))).containsExactly(adoptedElsewhere);
        assertThat(listed(group, Map.of("meeting", heldMeeting(group)))).isEmpty();
    }

    @Test
    void shouldFilterByOverdueOpenMilestones() {
        String group = newExpertGroup();
        LocalDate today = LocalDate.parse(serverToday());
        String planned = withMilestones(group, milestone("Late", today.minusDays(1).toString()));
        String blocked = withMilestones(group, with(milestone("Stuck", "2017-01-01"), "status", "BLOCKED"));
        String doneLate = withMilestones(group, done("Done late", "2017-01-01", "2017-02-01"));
        String cancelled = withMilestones(group, with(milestone("Dropped", "2017-01-01"), "status", "CANCELLED"));
        String dueToday = withMilestones(group, milestone("Today", today.toString()));
        String undated = withMilestones(group, milestone("Some day", null));
        String empty = withMilestones(group);
        String mixed = withMilestones(group, done("Done late", "2017-01-01", "2017-02-01"),
                with(milestone("Underway", "2017-01-01"), "status", "IN_PROGRESS"));

        List<String> overdue = listed(group, Map.of("overdue", "true"));
        List<String> notOverdue = listed(group, Map.of("overdue", "false"));

        assumeTrue(serverToday().equals(today.toString()), "the day turned during the test"); // due today would be overdue now
        assertThat(overdue).containsExactly(planned, blocked, mixed);
        assertThat(notOverdue).containsExactly(doneLate, cancelled, dueToday, undated, empty);

        Map<String, Object> late = as(Role.ADMIN).get(MILESTONES, planned).then().extract().jsonPath().getMap("items[0]");
        mergePatch(as(Role.EDITOR), late.get("version"), "{\"status\": \"DONE\", \"completedOn\": \"" + today.minusDays(1) + "\"}")
                .patch(MILESTONE, planned, late.get("id")).then().statusCode(200);

        assertThat(listed(group, Map.of("overdue", "true"))).containsExactly(blocked, mixed);
        assertThat(listed(group, Map.of("overdue", "false"))).contains(planned);
    }

    @Test
    void shouldListOnlyRoadmapsChangedSinceAnInstantInTheOrderOfChange() throws InterruptedException {
        String group = newExpertGroup();
        Instant before = Instant.now();
        Thread.sleep(20);
        String first = adoptedRoadmap(group, "MA");
        String second = adoptedRoadmap(group, "TN");
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        addMilestone(first, milestone("A new milestone changes its roadmap", null));

        assertThat(listed(group, Map.of("updatedSince", before.toString()))).containsExactly(second, first);
        assertThat(listed(group, Map.of("updatedSince", between.toString()))).containsExactly(first);
        assertThat(listed(group, Map.of("updatedSince", Instant.now().plusSeconds(3600).toString()))).isEmpty();
        assertThat(listed(group, Map.of())).containsExactly(first, second); // without it, in the order of creation
    }

    @Test
    void shouldFilterByParent() {
        String group = newExpertGroup();
        String regional = adoptedRoadmap(group, null);
        String otherRegional = adoptedRoadmap(group, null);
        String moroccan = derivedFrom(group, "MA", regional);
        String tunisian = derivedFrom(group, "TN", regional);
        String jordanian = derivedFrom(group, "JO", otherRegional);
        adoptedRoadmap(group, "LB");

        assertThat(listed(group, Map.of("parent", regional))).containsExactly(moroccan, tunisian);
        assertThat(listed(group, Map.of("parent", otherRegional))).containsExactly(jordanian);
        assertThat(listed(group, Map.of("parent", moroccan))).isEmpty();
    }

    // ---------------------------------------------------------------- paging

    @Test
    void shouldPageInTheOrderOfCreationWithoutDuplicatesOrGaps() {
        String group = newExpertGroup();
        List<String> created = new ArrayList<>(IntStream.range(0, 5).mapToObj(i -> adoptedRoadmap(group, "MA")).toList());

        Response first = as(Role.MEMBER).queryParam("expertGroup", group).queryParam("limit", 2).get(ROADMAPS);
        first.then().statusCode(200);
        assertThat(idsOf(first)).containsExactly(created.get(0), created.get(1));
        assertThat(nextLinkOf(first)).contains("cursor=").contains("limit=2").contains("expertGroup=" + group);
        // changes while a client pages: a changed roadmap keeps its place, a new one comes last
        addMilestone(created.get(0), milestone("Changed after it was seen", null));
        addMilestone(created.get(3), milestone("Changed before it is seen", null));
        created.add(adoptedRoadmap(group, "TN"));

        Response second = as(Role.MEMBER).get(nextLinkOf(first));
        second.then().statusCode(200);
        assertThat(idsOf(second)).containsExactly(created.get(2), created.get(3));
        Response third = as(Role.MEMBER).queryParam("expertGroup", group).queryParam("limit", 2)
                .queryParam("cursor", (String) second.path("next")).get(ROADMAPS);
        third.then().statusCode(200).body("next", equalTo(null));
        assertThat(idsOf(third)).containsExactly(created.get(4), created.get(5));
        assertThat(third.header("Link")).isNull();

        assertThat(listed(group, Map.of(), 2)).doesNotHaveDuplicates().containsExactlyElementsOf(created);
        assertThat(listed(group, Map.of(), 1)).containsExactlyElementsOf(created);
    }

    @Test
    void shouldPageInTheOrderOfChangeWithUpdatedSince() {
        String group = newExpertGroup();
        Instant before = Instant.now();
        String first = adoptedRoadmap(group, "MA");
        String second = adoptedRoadmap(group, "TN");
        String third = adoptedRoadmap(group, "DZ");
        addMilestone(first, milestone("Moves it last", null));

        assertThat(listed(group, Map.of("updatedSince", before.toString()), 1)).containsExactly(second, third, first);
        assertThat(listed(group, Map.of("updatedSince", before.toString()), 2)).containsExactly(second, third, first);
    }

    @Test
    void shouldRefuseACursorOfOtherFiltersOrAnotherLimitOrList() {
        String group = newExpertGroup();
        adoptedRoadmap(group, "MA");
        adoptedRoadmap(group, "MA");
        String roadmap = adoptedRoadmap(group, "MA");
        addMilestone(roadmap, milestone("One", null));
        addMilestone(roadmap, milestone("Two", null));
        String cursor = as(Role.MEMBER).queryParam("expertGroup", group).queryParam("limit", 1).get(ROADMAPS)
                .then().statusCode(200).extract().path("next");
        String milestonesCursor = as(Role.MEMBER).queryParam("limit", 1).get(MILESTONES, roadmap)
                .then().statusCode(200).extract().path("next");
        assertThat(cursor).isNotNull();
        assertThat(milestonesCursor).isNotNull();

        assertInvalidField(page(Map.of("expertGroup", group, "limit", 1, "country", "MA", "cursor", cursor)), "cursor");
        assertInvalidField(page(Map.of("expertGroup", group, "limit", 2, "cursor", cursor)), "cursor");
        assertInvalidField(page(Map.of("expertGroup", group, "limit", 1, "cursor", milestonesCursor)), "cursor");
        assertInvalidField(page(Map.of("expertGroup", group, "limit", 1, "cursor", cursor.substring(1))), "cursor");
        // a partner's list is another list (drafts left out): its cursors are not a member's
        assertInvalidField(as(Role.PARTNER).queryParams(Map.of("expertGroup", group, "limit", 1, "cursor", cursor)).get(ROADMAPS),
                "cursor");
        page(Map.of("expertGroup", group, "limit", 1, "cursor", cursor)).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "country, ma",
            "country, MAR",
            "country, M1",
            "expertGroup, crimex",
            "expertGroup, C",
            "expertGroup, CRIM-EX",
            "topic, ROADS",
            "topic, legal_gaps",
            "status, DONE",
            "status, adopted",
            "meeting, not-a-uuid",
            "meeting, 0193f2a3-5b7c-7d8e-9f01-23456789abc",
            "parent, 42",
            "overdue, yes",
            "overdue, TRUE",
            "overdue, 1",
            "updatedSince, yesterday",
            "updatedSince, 2017-05-08",
            "limit, 0",
            "limit, 101",
            "limit, ten",
            "cursor, not-a-cursor",
    })
    void shouldRejectAMalformedParameterNamingIt(String parameter, String value) {
        assertInvalidField(as(Role.MEMBER).queryParam(parameter, value).get(ROADMAPS), parameter)
                .body("errors.size()", equalTo(1));
    }

    @Test
    void shouldRejectAMalformedIdNamingIt() {
        assertInvalidField(as(Role.MEMBER).get(ROADMAP, "not-a-uuid"), "id");
        assertProblem(as(Role.MEMBER).get(ROADMAP, "0193f2a3-5b7c-7d8e-9f01-23456789abcd"), NOT_FOUND);
    }

    // ---------------------------------------------------------------- what each role sees

    @Test
    void shouldHideDraftsFromAPartner() {
        String group = newExpertGroup();
        String draft = (String) create(roadmap(group, "MA", "DRAFT")).get("id");
        addMilestone(draft, milestone("Inventory of agencies", null));
        String adopted = adoptedRoadmap(group, "TN");

        assertThat(listed(Role.PARTNER, group, Map.of())).containsExactly(adopted);
        assertThat(listed(Role.PARTNER, group, Map.of("status", "DRAFT"))).isEmpty();
        assertThat(listed(Role.PARTNER, group, Map.of("country", "MA"))).isEmpty();
        for (String path : List.of(ROADMAP, MILESTONES, REPORTS, TIMELINE)) {
            assertProblem(as(Role.PARTNER).get(path, draft), NOT_FOUND).body("detail", equalTo("Roadmap '" + draft + "' does not exist."));
            as(Role.PARTNER).get(path, adopted).then().statusCode(200);
        }

        setStatus(draft, "ADOPTED").then().statusCode(200);

        assertThat(listed(Role.PARTNER, group, Map.of())).containsExactly(draft, adopted);
        as(Role.PARTNER).get(ROADMAP, draft).then().statusCode(200).body("milestones.size()", equalTo(1));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"MEMBER", "EDITOR", "ADMIN"})
    void shouldShowDraftsToMembersAndAbove(Role role) {
        String group = newExpertGroup();
        String draft = (String) create(roadmap(group, "MA", "DRAFT")).get("id");
        addMilestone(draft, milestone("Inventory of agencies", null));
        String adopted = adoptedRoadmap(group, "TN");

        assertThat(listed(role, group, Map.of())).containsExactly(draft, adopted);
        assertThat(listed(role, group, Map.of("status", "DRAFT"))).containsExactly(draft);
        as(role).get(ROADMAP, draft).then().statusCode(200).body("status", equalTo("DRAFT")).body("milestones.size()", equalTo(1));
        as(role).get(MILESTONES, draft).then().statusCode(200).body("items.size()", equalTo(1));
        as(role).get(REPORTS, draft).then().statusCode(200).body("items.size()", equalTo(0));
        as(role).get(TIMELINE, draft).then().statusCode(200).body("items.to", equalTo(List.of("DRAFT", "PLANNED")));
    }

    @Test
    void shouldRequireSignInForTheListAndARoadmap() {
        String adopted = adoptedRoadmap(newExpertGroup(), "MA");

        assertUnauthorized(anonymous().get(ROADMAPS));
        assertUnauthorized(anonymous().queryParam("country", "ma").get(ROADMAPS)); // who asks comes before what is asked
        assertUnauthorized(anonymous().get(ROADMAP, adopted));
        assertUnauthorized(anonymous().get(MILESTONES, adopted));
        assertUnauthorized(anonymous().get(TIMELINE, adopted));
    }

    // ---------------------------------------------------------------- shape

    @Test
    void shouldLeaveMilestonesOutOfTheListButNotOutOfTheRoadmap() {
        String group = newExpertGroup();
        String roadmap = adoptedRoadmap(group, "MA");
        addMilestone(roadmap, done("Decree", null, "2017-05-09"));
        addMilestone(roadmap, milestone("Contact points", "2018-06-30"));
        addMilestone(roadmap, milestone("Secretariat", null));

        Map<String, Object> listedItem = as(Role.MEMBER).queryParam("expertGroup", group).get(ROADMAPS)
                .then().statusCode(200).extract().jsonPath().getMap("items[0]");
        Map<String, Object> single = fetch(roadmap);

        assertThat(listedItem).doesNotContainKey("milestones").containsEntry("progress", 33.3f);
        assertThat(as(Role.MEMBER).get(ROADMAP, roadmap).then().extract().jsonPath().getList("milestones.title.en"))
                .containsExactly("Decree", "Contact points", "Secretariat");
        assertThat(listedItem).isEqualTo(without(single, "milestones")); // the rest is the same
    }

    // ---------------------------------------------------------------- helpers

    /** The ids of the group's roadmaps a MEMBER finds with these filters, following the pages. */
    private static List<String> listed(String group, Map<String, Object> query) {
        return listed(Role.MEMBER, group, query);
    }

    private static List<String> listed(String group, Map<String, Object> query, int limit) {
        return ids(allItems(() -> as(Role.MEMBER), ROADMAPS, with(query, "expertGroup", group), limit));
    }

    private static List<String> listed(Role role, String group, Map<String, Object> query) {
        return ids(allItems(() -> as(role), ROADMAPS, with(query, "expertGroup", group), 100));
    }

    private static List<String> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("id")).toList();
    }

    private static List<String> idsOf(Response page) {
        return page.jsonPath().getList("items.id");
    }

    private static Response page(Map<String, Object> query) {
        return as(Role.MEMBER).queryParams(query).get(ROADMAPS);
    }

    private static String adoptedAt(String group, String country, String meeting) {
        return (String) create(with(roadmap(group, country, "ADOPTED"), "adoptedAtMeetingId", meeting)).get("id");
    }

    private static String derivedFrom(String group, String country, String parent) {
        return (String) create(with(roadmap(group, country, "ADOPTED"), "parentRoadmapId", parent)).get("id");
    }

    /** The day the server counts overdue milestones on (UTC). */
    private static String serverToday() {
        return anonymous().get(OVERVIEW).then().statusCode(200).extract().path("asOf");
    }

    /** A new adopted roadmap of the group (for Morocco) with these milestones. */
    @SafeVarargs
    private static String withMilestones(String group, Map<String, Object>... milestones) {
        String roadmap = adoptedRoadmap(group, "MA");
        for (Map<String, Object> milestone : milestones) {
            addMilestone(roadmap, milestone);
        }
        return roadmap;
    }
}
