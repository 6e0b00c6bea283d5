package eu.euromedjustice.roadmap;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/v1/roadmaps/overview: one row per country with its roadmap's numbers, exactly. Each
 * test asks for an expert group of its own, so that only its roadmaps are counted.
 */
@QuarkusTest
class RoadmapOverviewTest extends Roadmaps {

    /** The South Partner Countries of the reference data: each has a row, with or without a roadmap. */
    private static final List<String> SPC = List.of("DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "TN");
    private static final Map<String, Object> MOROCCO = Map.of("en", "Morocco", "fr", "Maroc", "ar", "المغرب");

    @Test
    void shouldShowEveryCountrysRoadmapWithItsNumbers() {
        String group = newExpertGroup();
        String earlier = heldMeeting(group);
        String later = heldMeeting(group);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // Morocco: 1 of 3 done (a cancelled one does not count), 1 overdue, the last report by day, not as recorded
        Map<String, Object> morocco = create(roadmap(group, "MA", "ADOPTED"));
        String moroccan = (String) morocco.get("id");
        addMilestone(moroccan, done("Decree", "2017-04-01", "2017-05-01"));
        addMilestone(moroccan, milestone("Contact points", "2017-06-30"));
        addMilestone(moroccan, milestone("Secretariat", today.plusDays(30).toString()));
        addMilestone(moroccan, with(milestone("Dropped", "2017-01-01"), "status", "CANCELLED"));
        addReport(as(Role.EDITOR), moroccan, with(report(later, List.of()), "reportedOn", "2017-05-10")).then().statusCode(201);
        addReport(as(Role.EDITOR), moroccan, with(report(earlier, List.of()), "reportedOn", "2017-05-09")).then().statusCode(201);
        // Tunisia: a report marks 2 of 3 done and blocks the third, which is overdue
        Map<String, Object> tunisia = create(roadmap(group, "TN", "ADOPTED"));
        String tunisian = (String) tunisia.get("id");
        String first = addMilestone(tunisian, milestone("First", "2017-03-01"));
        String second = addMilestone(tunisian, milestone("Second", "2017-03-01"));
        String third = addMilestone(tunisian, milestone("Third", "2017-12-31"));
        addReport(as(Role.EDITOR), tunisian, report(earlier, List.of(update(first, "DONE", "2017-05-08"),
                update(second, "DONE", "2017-05-08"), update(third, "BLOCKED", null)))).then().statusCode(201);
        // Algeria: no milestones; Egypt: only a cancelled one, overdue but not counted
        Map<String, Object> algeria = create(roadmap(group, "DZ", "ADOPTED"));
        Map<String, Object> egypt = create(roadmap(group, "EG", "ADOPTED"));
        addMilestone((String) egypt.get("id"), with(milestone("Dropped", "2017-01-01"), "status", "CANCELLED"));
        // Palestine: a draft only, which the overview leaves out
        create(roadmap(group, "PS", "DRAFT"));
        // Switzerland is no SPC: a row only because it has a roadmap
        Map<String, Object> switzerland = create(roadmap(group, "CH", "ADOPTED"));
        Map<String, Object> regional = create(roadmap(group, null, "ADOPTED"));
        addMilestone((String) regional.get("id"), done("Regional meeting", null, "2017-05-08"));

        Response overview = anonymous().queryParam("expertGroup", group).get(OVERVIEW);

        overview.then().statusCode(200);
        Map<String, Object> body = overview.jsonPath().getMap("");
        assertThat(body).containsEntry("topic", "NATIONAL_COORDINATION_PLATFORM").containsEntry("expertGroup", group)
                .containsEntry("asOf", today.toString());
        assertThat(codes(overview)).containsExactly("CH", "DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "TN");
        assertThat(row(overview, "MA")).isEqualTo(row("MA", MOROCCO, morocco, "IN_PROGRESS", 33.3f, 3, 1, 1, "2017-05-10", later));
        assertThat(row(overview, "TN")).isEqualTo(row("TN", name("TN"), tunisia, "IN_PROGRESS", 66.7f, 3, 2, 1, "2017-05-08", earlier));
        assertThat(row(overview, "DZ")).isEqualTo(row("DZ", name("DZ"), algeria, "ADOPTED", null, 0, 0, 0, null, null));
        assertThat(row(overview, "EG")).isEqualTo(row("EG", name("EG"), egypt, "ADOPTED", null, 0, 0, 0, null, null));
        assertThat(row(overview, "CH")).isEqualTo(row("CH", name("CH"), switzerland, "ADOPTED", null, 0, 0, 0, null, null));
        for (String bare : List.of("IL", "JO", "LB", "LY", "PS")) {
            assertThat(row(overview, bare)).isEqualTo(Map.of("countryCode", bare, "countryName", name(bare)));
        }
        assertThat(overview.jsonPath().getMap("regional"))
                .isEqualTo(row(null, null, regional, "IN_PROGRESS", 100.0f, 1, 1, 0, null, null));
        assertThat(fetch((String) algeria.get("id"))).doesNotContainKey("progress"); // nor on the roadmap itself
    }

    @Test
    void shouldShowTheNewestRoadmapInForceOverSupersededOnes() {
        String group = newExpertGroup();
        // Jordan: the old roadmap superseded by a newer one
        String oldJordanian = adoptedRoadmap(group, "JO");
        addMilestone(oldJordanian, done("Old step", null, "2017-05-01"));
        setStatus(oldJordanian, "SUPERSEDED").then().statusCode(200);
        Map<String, Object> jordan = create(roadmap(group, "JO", "ADOPTED"));
        // Lebanon: a newer roadmap made and superseded at once does not push the one in force aside
        Map<String, Object> lebanon = create(roadmap(group, "LB", "ADOPTED"));
        setStatus(adoptedRoadmap(group, "LB"), "SUPERSEDED").then().statusCode(200);
        // Libya: only a superseded roadmap, which is still shown
        Map<String, Object> libya = create(roadmap(group, "LY", "ADOPTED"));
        setStatus((String) libya.get("id"), "SUPERSEDED").then().statusCode(200);
        // Morocco: of two in force, the newer one; a newer draft does not count
        adoptedRoadmap(group, "MA");
        Map<String, Object> morocco = create(roadmap(group, "MA", "ADOPTED"));
        create(roadmap(group, "MA", "DRAFT"));

        Response overview = anonymous().queryParam("expertGroup", group).get(OVERVIEW);

        overview.then().statusCode(200);
        assertThat(codes(overview)).containsExactlyElementsOf(SPC);
        assertThat(row(overview, "JO")).isEqualTo(row("JO", name("JO"), jordan, "ADOPTED", null, 0, 0, 0, null, null));
        assertThat(row(overview, "LB")).isEqualTo(row("LB", name("LB"), lebanon, "ADOPTED", null, 0, 0, 0, null, null));
        assertThat(row(overview, "LY")).isEqualTo(row("LY", name("LY"), libya, "SUPERSEDED", null, 0, 0, 0, null, null));
        assertThat(row(overview, "MA")).isEqualTo(row("MA", MOROCCO, morocco, "ADOPTED", null, 0, 0, 0, null, null));
        assertThat(overview.jsonPath().getMap("")).doesNotContainKey("regional");
    }

    @Test
    void shouldShowOneTopicAtATime() {
        String group = newExpertGroup();
        Map<String, Object> platform = create(roadmap(group, "MA", "ADOPTED"));
        Map<String, Object> gaps = create(with(roadmap(group, "MA", "ADOPTED"), "topic", "LEGAL_GAPS"));
        Map<String, Object> handbook = create(with(roadmap(group, null, "ADOPTED"), "topic", "HANDBOOK"));

        Response byDefault = anonymous().queryParam("expertGroup", group).get(OVERVIEW);
        Response ofGaps = anonymous().queryParam("expertGroup", group).queryParam("topic", "LEGAL_GAPS").get(OVERVIEW);
        Response ofHandbook = anonymous().queryParam("expertGroup", group).queryParam("topic", "HANDBOOK").get(OVERVIEW);

        assertThat(byDefault.jsonPath().getString("topic")).isEqualTo("NATIONAL_COORDINATION_PLATFORM");
        assertThat(row(byDefault, "MA")).isEqualTo(row("MA", MOROCCO, platform, "ADOPTED", null, 0, 0, 0, null, null));
        assertThat(byDefault.jsonPath().getMap("")).doesNotContainKey("regional");
        assertThat(ofGaps.jsonPath().getString("topic")).isEqualTo("LEGAL_GAPS");
        assertThat(row(ofGaps, "MA")).isEqualTo(row("MA", MOROCCO, gaps, "ADOPTED", null, 0, 0, 0, null, null));
        assertThat(row(ofHandbook, "MA")).isEqualTo(Map.of("countryCode", "MA", "countryName", MOROCCO));
        assertThat(ofHandbook.jsonPath().getMap("regional"))
                .isEqualTo(row(null, null, handbook, "ADOPTED", null, 0, 0, 0, null, null));
        // an empty topic is the default one
        assertThat(row(anonymous().queryParam("expertGroup", group).queryParam("topic", "").get(OVERVIEW), "MA"))
                .containsEntry("roadmapId", platform.get("id"));
    }

    @Test
    void shouldCoverEveryExpertGroupWithoutOne() {
        Map<String, Object> newest = create(roadmap(newExpertGroup(), "MA", "ADOPTED"));

        Response overview = anonymous().get(OVERVIEW);

        overview.then().statusCode(200);
        assertThat(overview.jsonPath().getMap("")).doesNotContainKey("expertGroup");
        assertThat(codes(overview)).containsAll(SPC);
        assertThat(row(overview, "MA")).containsEntry("roadmapId", newest.get("id")); // the tests run one after another
    }

    @Test
    void shouldShowBareRowsForAnExpertGroupWithoutRoadmaps() {
        Response overview = anonymous().queryParam("expertGroup", "RNOSUCHGROUP" + randomLetters(6).toUpperCase()).get(OVERVIEW);

        overview.then().statusCode(200);
        assertThat(codes(overview)).containsExactlyElementsOf(SPC);
        assertThat(overview.jsonPath().getList("items", Map.class))
                .allSatisfy(row -> assertThat(row).containsOnlyKeys("countryCode", "countryName"));
        assertThat(overview.jsonPath().getMap("")).doesNotContainKey("regional");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "topic, ROADS",
            "topic, legal_gaps",
            "expertGroup, crimex",
            "expertGroup, C",
            "expertGroup, CRIM EX",
    })
    void shouldRejectAMalformedParameterNamingIt(String parameter, String value) {
        assertInvalidField(anonymous().queryParam(parameter, value).get(OVERVIEW), parameter);
        assertInvalidField(as(Role.PARTNER).queryParam(parameter, value).get(OVERVIEW), parameter);
    }

    // ---------------------------------------------------------------- helpers

    /** A row as the overview shows it: absent values left out. */
    private static Map<String, Object> row(String country, Map<String, Object> countryName, Map<String, Object> roadmap,
            String status, Float progress, int milestones, int done, int overdue, String lastReportOn, String lastReportMeetingId) {
        Map<String, Object> row = new LinkedHashMap<>();
        putIfPresent(row, "countryCode", country);
        putIfPresent(row, "countryName", countryName);
        row.put("roadmapId", roadmap.get("id"));
        row.put("title", roadmap.get("title"));
        row.put("status", status);
        putIfPresent(row, "progress", progress);
        row.put("milestones", milestones);
        row.put("milestonesDone", done);
        row.put("overdueMilestones", overdue);
        putIfPresent(row, "lastReportOn", lastReportOn);
        putIfPresent(row, "lastReportMeetingId", lastReportMeetingId);
        return row;
    }

    private static void putIfPresent(Map<String, Object> row, String key, Object value) {
        if (value != null) {
            row.put(key, value);
        }
    }

    private static Map<String, Object> row(Response overview, String country) {
        return overview.jsonPath().getMap("items.find { it.countryCode == '" + country + "' }");
    }

    private static List<String> codes(Response overview) {
        return overview.jsonPath().getList("items.countryCode");
    }

    /** The country's name as the reference data has it. */
    private static Map<String, Object> name(String country) {
        return anonymous().get("/api/v1/countries/{code}", country).then().statusCode(200).extract().jsonPath().getMap("name");
    }
}
