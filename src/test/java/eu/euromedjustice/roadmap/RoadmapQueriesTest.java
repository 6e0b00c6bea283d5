package eu.euromedjustice.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * What roadmap reads cost in SQL statements (issue 11): at most 4 for one resource and 3 for a list
 * page, the same for one roadmap as for many, with any number of parts; a GET whose If-None-Match is
 * current costs one read.
 */
@QuarkusTest
class RoadmapQueriesTest extends Roadmaps {

    private static final String REPORT = REPORTS + "/{reportId}";
    private static final int SINGLE_BUDGET = 4;
    private static final int LIST_BUDGET = 3;

    @Test
    void shouldReadRoadmapsInStatementsThatDoNotGrowWithTheirMilestonesReportsOrNumber() {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        String regional = adoptedRoadmap(group, null);
        List<String> countries = List.of("DZ", "EG", "JO", "IL", "MA", "PS", "TN", "LB");
        String id = null;
        List<String> milestones = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        for (String country : countries) {
            id = (String) create(with(roadmap(group, country, "ADOPTED"), "parentRoadmapId", regional)).get("id");
            milestones.clear();
            reports.clear();
            for (int i = 0; i < 5; i++) {
                String milestone = addMilestone(id, milestone("Step " + i, i % 2 == 0 ? "2017-01-31" : "2031-01-31"));
                milestones.add(milestone);
                reports.add(addReport(as(Role.EDITOR), id, report(meeting, List.of(update(milestone, "IN_PROGRESS", null))))
                        .then().statusCode(201).extract().path("id"));
            }
        }
        String last = id;

        for (Role role : List.of(Role.PARTNER, Role.MEMBER)) {
            // the roadmap, its milestones
            assertAtMost(SINGLE_BUDGET, () -> as(role).get(ROADMAP, last).then().statusCode(200).body("milestones.size()", equalTo(5)));
            // the roadmap (whose status decides who sees it), the milestone or report
            assertAtMost(SINGLE_BUDGET, () -> as(role).get(MILESTONE, last, milestones.get(4)).then().statusCode(200));
            assertAtMost(SINGLE_BUDGET, () -> as(role).get(REPORT, last, reports.get(4)).then().statusCode(200)
                    .body("milestoneUpdates.size()", equalTo(1)));
            // one page of roadmaps, with every filter that reaches into milestones and reports
            assertAtMost(LIST_BUDGET, () -> as(role).queryParams(Map.of("expertGroup", group, "limit", 25)).get(ROADMAPS)
                    .then().statusCode(200).body("items.size()", equalTo(9)));
            assertAtMost(LIST_BUDGET, () -> as(role).queryParams(Map.of("expertGroup", group, "overdue", true, "meeting", meeting))
                    .get(ROADMAPS).then().statusCode(200).body("items.size()", equalTo(8)));
            // the roadmap, a page of events, the reports they name
            assertAtMost(LIST_BUDGET, () -> as(role).get(TIMELINE, last).then().statusCode(200));
            // the roadmap, a page of its parts
            assertAtMost(LIST_BUDGET, () -> as(role).get(REPORTS, last).then().statusCode(200).body("items.size()", equalTo(5)));
            assertAtMost(LIST_BUDGET, () -> as(role).get(MILESTONES, last).then().statusCode(200).body("items.size()", equalTo(5)));
        }
        // one document: roadmaps, overdue counts, each roadmap's last report (not all of them), the countries
        List<String> overview = statements(() -> anonymous().queryParams(Map.of("expertGroup", group,
                "topic", "NATIONAL_COORDINATION_PLATFORM")).get(OVERVIEW).then().statusCode(200));
        assertThat(overview).hasSizeLessThanOrEqualTo(SINGLE_BUDGET);
        assertThat(overview).filteredOn(sql -> sql.contains("from progress_report")).singleElement()
                .satisfies(sql -> assertThat(sql).contains("not exists"));
    }

    @Test
    void shouldAnswerACurrentIfNoneMatchWithOneReadAndAStaleOneWithTheWholeBody() {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        String id = adoptedRoadmap(group, "MA");
        String milestone = addMilestone(id, milestone("Step", null));
        addMilestone(id, milestone("Next step", null));
        String report = addReport(as(Role.EDITOR), id, report(meeting, List.of(update(milestone, "IN_PROGRESS", null))))
                .then().statusCode(201).extract().path("id");

        assertConditional("milestones.size()", 2, ROADMAP, id);
        assertConditional("status", "IN_PROGRESS", MILESTONE, id, milestone);
        assertConditional("milestoneUpdates.size()", 1, REPORT, id, report);
    }

    @Test
    void shouldNotFindWhatTheCallerMayNotSeeWhateverItsIfNoneMatch() {
        String group = newExpertGroup();
        String draft = (String) create(roadmap(group, "TN", "DRAFT")).get("id");
        String milestone = addMilestone(draft, milestone("Drafted step", null));
        String adopted = adoptedRoadmap(group, "MA");
        String unknown = "0193f2a3-5b7c-7d8e-9f01-23456789abcd";

        for (String ifNoneMatch : List.of("*", "\"0\"", "\"1\"", "W/\"1\"")) {
            assertNotFoundAsWithout(ifNoneMatch, ROADMAP, draft);
            assertNotFoundAsWithout(ifNoneMatch, MILESTONE, draft, milestone);
            assertNotFoundAsWithout(ifNoneMatch, ROADMAP, unknown);
            assertNotFoundAsWithout(ifNoneMatch, MILESTONE, adopted, milestone); // a milestone of another roadmap
            assertNotFoundAsWithout(ifNoneMatch, REPORT, adopted, unknown);
        }
        // a member sees drafts: the same request is answered from the version
        String etag = as(Role.MEMBER).get(ROADMAP, draft).then().statusCode(200).extract().header("ETag");
        assertThat(statements(() -> as(Role.MEMBER).header("If-None-Match", "*").get(ROADMAP, draft).then().statusCode(304)
                .header("ETag", etag))).hasSizeLessThanOrEqualTo(1);
    }

    /** 304 from one read for the current ETag; the whole body, tagged, for an earlier (or another) one. */
    private static void assertConditional(String bodyPath, Object expected, String path, Object... params) {
        String etag = as(Role.PARTNER).get(path, params).then().statusCode(200).extract().header("ETag");
        long version = Long.parseLong(etag.replace("\"", ""));
        assertThat(statements(() -> as(Role.PARTNER).header("If-None-Match", etag).get(path, params).then().statusCode(304)
                .header("ETag", etag))).as(path).hasSizeLessThanOrEqualTo(1);
        String stale = "\"" + (version > 0 ? version - 1 : version + 1) + "\"";
        as(Role.PARTNER).header("If-None-Match", stale).get(path, params).then().statusCode(200).header("ETag", etag)
                .body(bodyPath, equalTo(expected));
    }

    /** A PARTNER's 404, with If-None-Match as without it: never 304, nor a hint that there is something. */
    private static void assertNotFoundAsWithout(String ifNoneMatch, String path, Object... params) {
        String detail = as(Role.PARTNER).get(path, params).then().statusCode(404).extract().path("detail");
        as(Role.PARTNER).header("If-None-Match", ifNoneMatch).get(path, params).then().statusCode(404).body("detail", equalTo(detail));
    }

    private static void assertAtMost(int budget, Runnable request) {
        List<String> sent = statements(request);
        assertThat(sent).as(String.join("\n", sent)).hasSizeLessThanOrEqualTo(budget);
    }
}
