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
import static org.hamcrest.Matchers.equalTo;
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
