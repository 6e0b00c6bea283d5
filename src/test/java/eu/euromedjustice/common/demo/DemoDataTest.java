package eu.euromedjustice.common.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** The demo data set, switched on as on a first start of the embedded database. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest extends ApiTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("emj.demo-data.enabled", "true");
        }
    }

    @Inject
    DemoDataLoader loader;

    @Test
    void shouldShowCrimexAtOnce() {
        anonymous().get("/api/v1/expert-groups/CRIMEX")
                .then().statusCode(200)
                .body("name.en", equalTo("Expert Group in Criminal Matters"))
                .body("startDate", equalTo("2017-01-01"))
                .body("endDate", equalTo("2018-12-31"))
                .body("parentProgramme", equalTo("EuroMed Justice"));
    }

    @Test
    void shouldSeedTheOrganisationsAroundCrimex() {
        List<String> acronyms = anonymous().queryParam("limit", 100).get("/api/v1/organisations")
                .then().statusCode(200).extract().path("items.acronym");
        assertThat(acronyms).contains("EUROJUST", "EJN", "UNCTED", "EMJ");
        anonymous().queryParam("type", "NATIONAL_AUTHORITY").queryParam("limit", 100).get("/api/v1/organisations")
                .then().statusCode(200)
                .body("items.countryCode", hasItems("DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "TN"));
    }

    @Test
    void shouldCreateOneDemoAccountPerRole() {
        as(Role.ADMIN).queryParam("limit", 100).get("/api/v1/users")
                .then().statusCode(200)
                .body("items.username", hasItems("admin", "demo-editor", "demo-member", "demo-partner"));
    }

    @Test
    void shouldSeedFictionalMembersOfEveryPartnerCountryAndLinkTheDemoMember() {
        List<Map<String, Object>> members = as(Role.ADMIN).queryParam("limit", 100).get("/api/v1/members")
                .then().statusCode(200).extract().path("items");
        assertThat(members).hasSizeGreaterThanOrEqualTo(20)
                .extracting(member -> member.get("countryCode"))
                .contains("DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "TN");
        assertThat(members).extracting(member -> (String) member.get("email")).allMatch(email -> email.endsWith("@justice.example"));
        assertThat(members).extracting(member -> (String) member.get("phone")).allMatch(phone -> phone.startsWith("+999"));
        as(Role.ADMIN).queryParam("expertGroup", "CRIMEX").queryParam("role", "CHAIR").get("/api/v1/members")
                .then().statusCode(200).body("items.size()", equalTo(1));
        int current = as(Role.ADMIN).queryParam("activeOn", java.time.LocalDate.now().toString()).queryParam("limit", 100)
                .get("/api/v1/members").then().statusCode(200).extract().path("items.size()");
        assertThat(current).as("members today").isBetween(members.size() - 3, members.size() - 1);
        String usersOwn = as(Role.ADMIN).queryParam("limit", 100).get("/api/v1/users").then().statusCode(200)
                .extract().path("items.find { it.username == 'demo-member' }.memberId");
        assertThat(usersOwn).isNotNull();
        as(Role.ADMIN).get("/api/v1/members/{id}", usersOwn).then().statusCode(200).body("familyName", equalTo("Benalí"));
    }

    @Test
    void shouldSeedTheCrimexSessionsOf2017And2018WithTheSecondInFull() {
        List<Map<String, Object>> sessions = anonymous().queryParams(Map.of("expertGroup", "CRIMEX", "sort", "startDate"))
                .get("/api/v1/meetings").then().statusCode(200).extract().path("items");
        assertThat(sessions).extracting(meeting -> meeting.get("sessionNumber")).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(sessions).extracting(meeting -> meeting.get("status"))
                .containsExactly("HELD", "HELD", "HELD", "HELD", "POSTPONED", "PLANNED");

        Map<String, Object> second = as(Role.EDITOR).get("/api/v1/meetings/{id}", sessions.get(1).get("id"))
                .then().statusCode(200).body("startDate", equalTo("2017-05-08")).body("endDate", equalTo("2017-05-11"))
                .extract().jsonPath().getMap("");
        assertThat((List<Map<String, Object>>) second.get("attendanceByCountry")).extracting(entry -> entry.get("countryCode"))
                .contains("DZ", "EG", "IL", "JO", "MA", "PS", "TN");
        List<String> organisations = ((List<Map<String, Object>>) second.get("participants")).stream()
                .map(participant -> (String) ((Map<String, Object>) participant.get("member")).get("organisationId"))
                .map(id -> anonymous().get("/api/v1/organisations/{id}", id).then().extract().<String>path("acronym"))
                .toList();
        assertThat(organisations).contains("EUROJUST", "EJN", "UNCTED");
        assertThat(((List<Map<String, Object>>) second.get("agendaItems")).stream()
                .map(item -> ((Map<String, String>) item.get("title")).get("en")).toList())
                .contains("National coordination models in the South Partner Countries", "National platforms: drafting the roadmap",
                        "Gaps and legal analyses", "The handbook on judicial and law-enforcement cooperation",
                        "The updated EuroMed Fiches");
        assertThat((List<?>) second.get("documents")).hasSizeGreaterThan(
                ((List<?>) anonymous().get("/api/v1/meetings/{id}", second.get("id")).then().extract().path("documents")).size());
    }

    @Test
    void shouldPublishSampleFichesOfSeveralMeasuresAndCountriesWithRevisions() {
        List<Map<String, Object>> fiches = allItems(DemoDataTest::anonymous, "/api/v1/fiches", Map.of(), 100);
        List<Object> measures = fiches.stream().map(fiche -> fiche.get("measureCode")).distinct().toList();
        List<Object> countries = fiches.stream().map(fiche -> fiche.get("countryCode")).distinct().toList();
        assertThat(measures).hasSizeGreaterThanOrEqualTo(6);
        assertThat(countries).hasSizeGreaterThanOrEqualTo(5).isSubsetOf("DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "TN");
        assertThat(fiches).as("not every country has a fiche for every measure").hasSizeLessThan(measures.size() * countries.size());
        assertThat(fiches).filteredOn(fiche -> Integer.valueOf(2).equals(fiche.get("revision"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(fiches).extracting(fiche -> ((Map<String, Map<String, String>>) fiche.get("content")).get("otherInformation").get("en"))
                .allMatch(text -> text.startsWith("SAMPLE CONTENT for demonstration: not verified legal information."));

        anonymous().queryParam("measure", "A.11").queryParam("countries", "DZ,MA,TN").get("/api/v1/fiches/compare")
                .then().statusCode(200)
                .body("columns.countryCode", contains("DZ", "MA", "TN"))
                .body("columns.status", everyItem(equalTo("PUBLISHED")));
        anonymous().get("/api/v1/fiches/MA/A.11/revisions").then().statusCode(200).body("items.size()", equalTo(2));
        anonymous().get("/api/v1/fiches/MA/A.11/revisions/2/diff").then().statusCode(200).body("changes.size()", greaterThan(0));
    }

    @Test
    void shouldOfferTheMeasuresCatalogueOfTheTenThemesInThreeLanguages() {
        List<Map<String, Object>> measures = allItems(DemoDataTest::anonymous, "/api/v1/measures", Map.of(), 100);
        assertThat(measures).hasSizeGreaterThanOrEqualTo(30);
        assertThat(measures.stream().map(measure -> measure.get("theme")).distinct()).hasSize(10);
        assertThat(measures).extracting(measure -> (Map<String, String>) measure.get("title"))
                .allMatch(title -> title.keySet().containsAll(List.of("en", "fr", "ar")));
    }

    @Test
    void shouldSeedTheRoadmapsAdoptedAtTheSecondSessionWithOneDerivedPerCountryPresent() {
        Map<Integer, String> sessions = crimexSessions();
        List<Map<String, Object>> platforms = allItems(() -> as(Role.MEMBER), "/api/v1/roadmaps",
                Map.of("expertGroup", "CRIMEX", "topic", "NATIONAL_COORDINATION_PLATFORM"), 100);
        Map<String, Object> regional = regional(platforms);
        assertThat(regional).containsEntry("adoptedAtMeetingId", sessions.get(2)).doesNotContainKey("parentRoadmapId");
        assertThat(((Map<String, String>) regional.get("objective")).keySet()).containsExactly("en", "fr", "ar");
        assertThat((List<Map<String, String>>) regional.get("principles")).extracting(principle -> principle.get("en"))
                .satisfiesExactly(first -> assertThat(first).startsWith("Multi-layered:"),
                        second -> assertThat(second).startsWith("Multi-jurisdictional:"),
                        third -> assertThat(third).startsWith("Multi-agency:"));

        List<Map<String, Object>> derived = platforms.stream().filter(roadmap -> roadmap != regional).toList();
        assertThat(derived).extracting(roadmap -> roadmap.get("countryCode"))
                .containsExactlyInAnyOrder("DZ", "EG", "IL", "JO", "MA", "PS", "TN");
        assertThat(derived).extracting(roadmap -> roadmap.get("parentRoadmapId")).containsOnly(regional.get("id"));
        assertThat(derived).extracting(roadmap -> roadmap.get("adoptedAtMeetingId")).containsOnly(sessions.get(2));
        as(Role.MEMBER).queryParam("parent", regional.get("id")).get("/api/v1/roadmaps")
                .then().statusCode(200).body("items.size()", equalTo(7));

        // every CrimEx roadmap was adopted at the 2nd session: the national coordination ones, gaps, handbook and fiches
        List<Map<String, Object>> all = allItems(() -> as(Role.MEMBER), "/api/v1/roadmaps", Map.of("expertGroup", "CRIMEX"), 100);
        assertThat(all).hasSize(11);
        List<Map<String, Object>> adopted = as(Role.EDITOR).get("/api/v1/meetings/{id}", sessions.get(2))
                .then().statusCode(200).extract().path("roadmapsAdopted");
        assertThat(adopted).extracting(roadmap -> roadmap.get("id"))
                .containsExactlyInAnyOrderElementsOf(all.stream().map(roadmap -> roadmap.get("id")).toList());
        assertThat(adopted).extracting(roadmap -> ((Map<String, String>) roadmap.get("title")).get("en"))
                .contains("Roadmap towards national coordination platforms", "National coordination platform: Morocco",
                        "Gaps and legal analyses", "Handbook on judicial and law-enforcement cooperation",
                        "Update of the EuroMed Fiches");
    }

    @Test
    void shouldShowUnevenProgressPerCountryInTheRoadmapOverview() {
        Map<Integer, String> sessions = crimexSessions();
        // Algeria never reported, Tunisia only at the 3rd session, Israel and Palestine only at the 4th; Lebanon and Libya have none
        anonymous().queryParams(Map.of("topic", "NATIONAL_COORDINATION_PLATFORM", "expertGroup", "CRIMEX"))
                .get("/api/v1/roadmaps/overview")
                .then().statusCode(200)
                .body("regional.status", equalTo("IN_PROGRESS"))
                .body("regional.progress", equalTo(33.3f))
                .body("regional.lastReportOn", equalTo("2017-10-17"))
                .body("items.countryCode", contains("DZ", "EG", "IL", "JO", "LB", "LY", "MA", "PS", "TN"))
                .body("items.status", contains("ADOPTED", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", null, null, "IN_PROGRESS",
                        "IN_PROGRESS", "IN_PROGRESS"))
                .body("items.progress", contains(0.0f, 25.0f, 50.0f, 75.0f, null, null, 40.0f, 0.0f, 20.0f))
                .body("items.milestones", contains(5, 4, 4, 4, null, null, 5, 4, 5))
                .body("items.milestonesDone", contains(0, 1, 2, 3, null, null, 2, 0, 1))
                // every due date lies in 2017 to 2019, so the open milestones are all overdue whatever today is
                .body("items.overdueMilestones", contains(5, 3, 2, 1, null, null, 3, 4, 4))
                .body("items.lastReportOn", contains(null, "2018-03-13", "2018-03-14", "2018-03-15", null, null, "2018-03-15",
                        "2018-03-14", "2017-10-18"))
                .body("items.lastReportMeetingId", contains(null, sessions.get(4), sessions.get(4), sessions.get(4), null, null,
                        sessions.get(4), sessions.get(4), sessions.get(3)));
        Map<String, Float> regionalProgress = Map.of("LEGAL_GAPS", 50.0f, "HANDBOOK", 20.0f, "FICHES_UPDATE", 33.3f);
        regionalProgress.forEach((topic, progress) -> anonymous().queryParams(Map.of("topic", topic, "expertGroup", "CRIMEX"))
                .get("/api/v1/roadmaps/overview")
                .then().statusCode(200)
                .body("regional.progress", equalTo(progress))
                .body("items.roadmapId", everyItem(nullValue())));
    }

    @Test
    void shouldShowOnMoroccosTimelineTheMilestoneItsThirdSessionReportMarkedDone() {
        Map<Integer, String> sessions = crimexSessions();
        List<Map<String, Object>> reportsAtThird = as(Role.EDITOR).get("/api/v1/meetings/{id}", sessions.get(3))
                .then().statusCode(200).extract().path("roadmapReports");
        assertThat(reportsAtThird).extracting(report -> report.get("countryCode"))
                .containsExactly(null, null, null, "EG", "JO", "MA", "TN"); // regional ones first
        as(Role.EDITOR).get("/api/v1/meetings/{id}", sessions.get(4)).then().statusCode(200)
                .body("roadmapReports.countryCode", contains(null, null, null, "EG", "IL", "JO", "MA", "PS"));
        Map<String, Object> moroccos = reportsAtThird.stream().filter(report -> "MA".equals(report.get("countryCode")))
                .findFirst().orElseThrow();

        List<Map<String, Object>> timeline = allItems(() -> as(Role.MEMBER),
                "/api/v1/roadmaps/" + moroccos.get("roadmapId") + "/timeline", Map.of(), 100);
        assertThat(timeline).extracting(event -> event.get("to")).containsExactly("ADOPTED", "PLANNED", "PLANNED", "PLANNED",
                "PLANNED", "PLANNED", "DONE", "IN_PROGRESS", "IN_PROGRESS", "DONE", "IN_PROGRESS");
        Map<String, Object> done = timeline.get(6);
        assertThat(done).containsEntry("subject", "MILESTONE").containsEntry("from", "PLANNED")
                .containsEntry("reportId", moroccos.get("id")).containsEntry("meetingId", sessions.get(3))
                .containsEntry("reportedOn", "2017-10-17");
        assertThat(((Map<String, String>) done.get("milestoneTitle")).get("en"))
                .isEqualTo("Designate the platform's national contact points");
        assertThat(timeline.get(8)).containsEntry("subject", "ROADMAP").containsEntry("from", "ADOPTED")
                .containsEntry("reportId", moroccos.get("id"));
        as(Role.MEMBER).get("/api/v1/roadmaps/{id}", moroccos.get("roadmapId")).then().statusCode(200)
                .body("milestones[0].status", equalTo("DONE"))
                .body("milestones[0].completedOn", equalTo("2017-09-28"));
    }

    @Test
    void shouldLoadTheDemoDataOnlyOnce() {
        int before = anonymous().queryParam("limit", 100).get("/api/v1/organisations")
                .then().statusCode(200).extract().path("items.size()");
        int membersBefore = as(Role.ADMIN).queryParam("limit", 100).get("/api/v1/members")
                .then().statusCode(200).extract().path("items.size()");
        loader.onStart(null);
        int after = anonymous().queryParam("limit", 100).get("/api/v1/organisations")
                .then().statusCode(200).extract().path("items.size()");
        assertThat(after).isEqualTo(before);
        as(Role.ADMIN).queryParam("limit", 100).get("/api/v1/members").then().statusCode(200)
                .body("items.size()", equalTo(membersBefore));
    }

    /** The CrimEx sessions' ids by number. */
    private static Map<Integer, String> crimexSessions() {
        List<Map<String, Object>> sessions = anonymous().queryParam("expertGroup", "CRIMEX").get("/api/v1/meetings")
                .then().statusCode(200).extract().path("items");
        return sessions.stream().collect(Collectors.toMap(meeting -> (Integer) meeting.get("sessionNumber"),
                meeting -> (String) meeting.get("id")));
    }

    private static Map<String, Object> regional(List<Map<String, Object>> roadmaps) {
        List<Map<String, Object>> regional = roadmaps.stream().filter(roadmap -> roadmap.get("countryCode") == null).toList();
        assertThat(regional).hasSize(1);
        return regional.get(0);
    }
}
