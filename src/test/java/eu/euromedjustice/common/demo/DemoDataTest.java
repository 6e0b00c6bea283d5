package eu.euromedjustice.common.demo;

import java.util.List;
import java.util.Map;

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
}
