package eu.euromedjustice.roadmap;

import java.util.List;
import java.util.Map;

import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** What roadmap reads cost in SQL statements: the same for one roadmap as for many, with any number of parts. */
@QuarkusTest
class RoadmapQueriesTest extends Roadmaps {

    @Test
    void shouldReadRoadmapsInStatementsThatDoNotGrowWithTheirMilestonesReportsOrNumber() {
        String group = newExpertGroup();
        String meeting = heldMeeting(group);
        String regional = adoptedRoadmap(group, null);
        List<String> countries = List.of("DZ", "EG", "JO", "IL", "MA", "PS", "TN", "LB");
        String id = null;
        for (String country : countries) {
            id = (String) create(with(roadmap(group, country, "ADOPTED"), "parentRoadmapId", regional)).get("id");
            for (int i = 0; i < 5; i++) {
                String milestone = addMilestone(id, milestone("Step " + i, i % 2 == 0 ? "2017-01-31" : "2031-01-31"));
                addReport(as(Role.EDITOR), id, report(meeting, List.of(update(milestone, "IN_PROGRESS", null)))).then().statusCode(201);
            }
        }
        String last = id;

        // the roadmap, its milestones
        assertThat(statements(() -> as(Role.PARTNER).get(ROADMAP, last).then().statusCode(200)
                .body("milestones.size()", equalTo(5)))).hasSize(2);
        // one page of roadmaps, with every filter that reaches into milestones and reports
        assertThat(statements(() -> as(Role.PARTNER).queryParams(Map.of("expertGroup", group, "limit", 25)).get(ROADMAPS)
                .then().statusCode(200).body("items.size()", equalTo(9)))).hasSize(1);
        assertThat(statements(() -> as(Role.PARTNER).queryParams(Map.of("expertGroup", group, "overdue", true, "meeting", meeting))
                .get(ROADMAPS).then().statusCode(200).body("items.size()", equalTo(8)))).hasSize(1);
        // roadmaps, overdue counts, each roadmap's last report (not all of them), the countries
        List<String> overview = statements(() -> anonymous().queryParams(Map.of("expertGroup", group,
                "topic", "NATIONAL_COORDINATION_PLATFORM")).get(OVERVIEW).then().statusCode(200));
        assertThat(overview).hasSize(4);
        assertThat(overview).filteredOn(sql -> sql.contains("from progress_report")).singleElement()
                .satisfies(sql -> assertThat(sql).contains("not exists"));
        // the roadmap, a page of events, the reports they name
        assertThat(statements(() -> as(Role.PARTNER).get(TIMELINE, last).then().statusCode(200))).hasSize(3);
        // the roadmap, a page of its parts
        assertThat(statements(() -> as(Role.PARTNER).get(REPORTS, last).then().statusCode(200)
                .body("items.size()", equalTo(5)))).hasSize(2);
        assertThat(statements(() -> as(Role.PARTNER).get(MILESTONES, last).then().statusCode(200)
                .body("items.size()", equalTo(5)))).hasSize(2);
    }
}
