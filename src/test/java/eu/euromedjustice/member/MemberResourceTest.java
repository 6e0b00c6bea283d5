package eu.euromedjustice.member;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static eu.euromedjustice.support.ProblemAssertions.Kind.CONFLICT;
import static eu.euromedjustice.support.ProblemAssertions.Kind.FORBIDDEN;
import static eu.euromedjustice.support.ProblemAssertions.Kind.NOT_FOUND;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static eu.euromedjustice.support.ProblemAssertions.assertUnauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The member directory: create, read, search, change, delete and erase members, as every kind of caller. */
@QuarkusTest
class MemberResourceTest extends Members {

    private static final List<String> PERSONAL = List.of("languages", "email", "phone", "contactConsent", "biography");

    // ---------------------------------------------------------------- create and read

    @Test
    void shouldCreateAMemberAndEchoItsFields() {
        String marker = marker();

        Response response = as(Role.EDITOR).contentType(ContentType.JSON).body(member(marker)).post(MEMBERS);

        response.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Cache-Control", equalTo("no-cache, private"))
                .body("name", equalTo("Judge Karim Benalí " + marker))
                .body("givenName", equalTo("Karim"))
                .body("familyName", equalTo("Benalí " + marker))
                .body("honorificPrefix", equalTo("Judge"))
                .body("countryCode", equalTo("TN"))
                .body("organisationId", equalTo(organisationId()))
                .body("position.ar", equalTo("قاضي تحقيق"))
                .body("expertise", equalTo(List.of("TERRORISM", "EXTRADITION")))
                .body("languages", equalTo(List.of("ar", "fr-CA", "en")))
                .body("email", equalTo("k.benali@justice.example"))
                .body("phone", equalTo("+21671000000"))
                .body("contactConsent", equalTo(false))
                .body("biography.en", equalTo("Investigating judge since 2006."))
                .body("memberships", empty())
                .body("withheld", empty())
                .body("version", equalTo(0))
                .body("$", not(hasKey("erasedAt")));
        assertThat(response.header("Location")).endsWith(MEMBERS + "/" + response.path("id"));
        assertThat(fetch(response.path("id"))).isEqualTo(response.jsonPath().getMap(""));
    }

    @Test
    void shouldCreateAMemberWithOnlyItsNamesAndDefaultTheRest() {
        Map<String, Object> created = create(Map.of("givenName", "Amina", "familyName", "Kheddar " + marker()));

        assertThat(created).containsEntry("contactConsent", false).containsEntry("expertise", List.of())
                .containsEntry("languages", List.of()).doesNotContainKeys("email", "phone", "countryCode", "organisationId");
    }

    @Test
    void shouldKeepAnonymousCallersOutOfTheDirectory() {
        String id = id(create(member(marker())));

        assertUnauthorized(anonymous().get(MEMBERS));
        assertUnauthorized(anonymous().get(MEMBER, id));
        assertUnauthorized(anonymous().get(MEMBERSHIPS, id));
        assertUnauthorized(anonymous().get(MEMBER + "/personal-data", id));
    }

    @Test
    void shouldAnswerNotFoundOrBadRequestForTheKeysOfEraseAndExport() {
        assertProblem(as(Role.ADMIN).post(MEMBER + "/erase", UNKNOWN_ID), NOT_FOUND);
        assertProblem(as(Role.ADMIN).get(MEMBER + "/personal-data", UNKNOWN_ID), NOT_FOUND);
        assertInvalidField(as(Role.ADMIN).post(MEMBER + "/erase", "42"), "id");
        assertInvalidField(as(Role.ADMIN).get(MEMBER + "/personal-data", "42"), "id");
        // whether a member exists is not told to those who may not export it
        assertProblem(as(Role.EDITOR).get(MEMBER + "/personal-data", UNKNOWN_ID), FORBIDDEN);
    }

    // ---------------------------------------------------------------- validation

    static Stream<Arguments> invalidMembers() {
        return Stream.of(
                invalid("without a given name", body -> without(body, "givenName"), "givenName"),
                invalid("a blank family name", body -> with(body, "familyName", "  "), "familyName"),
                invalid("a family name of 101 characters", body -> with(body, "familyName", "x".repeat(101)), "familyName"),
                invalid("a given name with surrounding spaces", body -> with(body, "givenName", " Karim "), "givenName"),
                invalid("a name with a control character", body -> with(body, "givenName", "Ka\u0007rim"), "givenName"),
                invalid("an honorific of 51 characters", body -> with(body, "honorificPrefix", "J".repeat(51)), "honorificPrefix"),
                invalid("a lower-case country", body -> with(body, "countryCode", "tn"), "countryCode"),
                invalid("an unknown country", body -> with(body, "countryCode", "QQ"), "countryCode"),
                invalid("an unknown organisation", body -> with(body, "organisationId", UNKNOWN_ID), "organisationId"),
                invalid("a malformed organisation id", body -> with(body, "organisationId", "ministry"), "organisationId"),
                invalid("a position in an unsupported language", body -> with(body, "position", Map.of("de", "Richter")),
                        "position"),
                invalid("an unknown expertise", body -> with(body, "expertise", List.of("PIRACY")), "expertise"),
                invalid("an expertise twice", body -> with(body, "expertise", List.of("TERRORISM", "TERRORISM")), "expertise"),
                invalid("a language that is not a BCP 47 tag", body -> with(body, "languages", List.of("Arabic")), "languages"),
                invalid("a language tag in the wrong case", body -> with(body, "languages", List.of("fr-ca")), "languages"),
                invalid("a language twice", body -> with(body, "languages", List.of("ar", "ar")), "languages"),
                invalid("eleven languages", body -> with(body, "languages",
                        List.of("ar", "en", "fr", "es", "it", "de", "el", "he", "tr", "pt", "nl")), "languages"),
                invalid("an email without domain", body -> with(body, "email", "k.benali@"), "email"),
                invalid("a phone with spaces", body -> with(body, "phone", "+216 71 000 000"), "phone"),
                invalid("a phone without +", body -> with(body, "phone", "21671000000"), "phone"),
                invalid("a consent given as text", body -> with(body, "contactConsent", "yes"), "contactConsent"),
                invalid("a biography of 5001 characters", body -> with(body, "biography", Map.of("en", "x".repeat(5001))),
                        "biography"),
                invalid("a read-only property", body -> with(body, "withheld", List.of()), "withheld"),
                invalid("an unknown property", body -> with(body, "nickname", "K"), "nickname"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMembers")
    void shouldRejectAnInvalidMemberAndCreateNothing(String description, UnaryOperator<Map<String, Object>> change,
            String field) {
        String marker = marker();

        Response response = as(Role.EDITOR).contentType(ContentType.JSON).body(change.apply(member(marker))).post(MEMBERS);

        response.then().statusCode(400).body("errors[0].message", notNullValue());
        assertThat(response.jsonPath().getList("errors.field", String.class)).as(response.asString())
                .anyMatch(named -> named.equals(field) || named.startsWith(field + "[") || named.startsWith(field + "."));
        assertThat(idsFound(Map.of("q", marker))).as("members created").isEmpty();
    }

    // ---------------------------------------------------------------- who sees what

    @Test
    void shouldShowEditorsAndAdministratorsEverything() {
        String id = id(create(member(marker())));

        for (Role role : List.of(Role.EDITOR, Role.ADMIN)) {
            as(role).get(MEMBER, id).then().statusCode(200)
                    .body("withheld", empty())
                    .body("email", equalTo("k.benali@justice.example"))
                    .body("phone", equalTo("+21671000000"))
                    .body("contactConsent", equalTo(false))
                    .body("languages", equalTo(List.of("ar", "fr-CA", "en")))
                    .body("biography.en", notNullValue());
        }
    }

    @Test
    void shouldShowPartnersNoPersonalDetails() {
        String marker = marker();
        String id = id(create(with(member(marker), "contactConsent", true)));
        addMembership(id, membership("MEMBER", "2017-03-01", null));

        Response single = as(Role.PARTNER).get(MEMBER, id);
        Map<String, Object> listed = listAll(token(Role.PARTNER), Map.of("q", marker), 10).get(0);
        Map<String, Object> got = single.jsonPath().getMap("");

        single.then().statusCode(200).body("withheld", equalTo(PERSONAL));
        for (Map<String, Object> seen : List.of(got, listed)) {
            assertThat(seen).doesNotContainKeys(PERSONAL.toArray(String[]::new))
                    .containsEntry("givenName", "Karim").containsEntry("countryCode", "TN")
                    .containsEntry("organisationId", organisationId())
                    .containsEntry("expertise", List.of("TERRORISM", "EXTRADITION"))
                    .containsKeys("position", "memberships");
            assertThat((List<?>) seen.get("memberships")).hasSize(1);
        }
    }

    @Test
    void shouldShowMembersContactDetailsOnlyOfPeopleWhoConsented() {
        String consenting = id(create(with(member(marker()), "contactConsent", true)));
        String reserved = id(create(member(marker())));

        as(Role.MEMBER).get(MEMBER, consenting).then().statusCode(200)
                .body("withheld", empty())
                .body("email", equalTo("k.benali@justice.example"))
                .body("phone", equalTo("+21671000000"))
                .body("contactConsent", equalTo(true));
        Map<String, Object> seen = as(Role.MEMBER).get(MEMBER, reserved).then().statusCode(200)
                .body("withheld", equalTo(List.of("email", "phone")))
                .extract().jsonPath().getMap("");
        assertThat(seen).doesNotContainKeys("email", "phone")
                .containsEntry("contactConsent", false).containsKeys("languages", "biography");
    }

    @Test
    void shouldShowAMemberEverythingOfTheirOwnRecord() {
        String id = id(create(member(marker())));
        String own = tokenLinkedTo(Role.MEMBER, id);

        anonymous().auth().oauth2(own).get(MEMBER, id).then().statusCode(200)
                .body("withheld", empty())
                .body("email", equalTo("k.benali@justice.example"));
        anonymous().auth().oauth2(own).get("/api/v1/me").then().statusCode(200)
                .body("memberId", equalTo(id))
                .body("member.id", equalTo(id))
                .body("member.email", equalTo("k.benali@justice.example"))
                .body("member.withheld", empty());
    }

    @Test
    void shouldShowAPartnerLinkedToAMemberItsOwnRecordInFull() {
        String id = id(create(member(marker())));
        String own = tokenLinkedTo(Role.PARTNER, id);

        anonymous().auth().oauth2(own).get(MEMBER, id).then().statusCode(200).body("withheld", empty());
        as(Role.PARTNER).get(MEMBER, id).then().statusCode(200).body("withheld", equalTo(PERSONAL));
    }

    @Test
    void shouldNotEmbedAMemberForAnUnlinkedAccount() {
        as(Role.EDITOR).get("/api/v1/me").then().statusCode(200)
                .body("$", not(hasKey("member"))).body("$", not(hasKey("memberId")));
    }

    @Test
    void shouldRefuseTheLanguageFilterToPartnersSinceItWouldRevealLanguages() {
        assertProblem(as(Role.PARTNER).queryParam("language", "fr").get(MEMBERS), FORBIDDEN)
                .body("detail", containsString("language"));
        as(Role.MEMBER).queryParam("language", "fr").get(MEMBERS).then().statusCode(200);
    }

    // ---------------------------------------------------------------- writes by role

    @Test
    void shouldLetAMemberPatchTheirOwnRecordButNoOneElses() {
        String own = id(create(member(marker())));
        String other = id(create(member(marker())));
        String token = tokenLinkedTo(Role.MEMBER, own);

        mergePatch(anonymous().auth().oauth2(token), 0, "{\"contactConsent\": true, \"phone\": null}").patch(MEMBER, own)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("contactConsent", equalTo(true))
                .body("$", not(hasKey("phone")));
        assertProblem(mergePatch(anonymous().auth().oauth2(token), 0, "{\"contactConsent\": true}").patch(MEMBER, other),
                FORBIDDEN).body("detail", containsString("own"));
        assertThat(fetch(other)).containsEntry("version", 0).containsEntry("contactConsent", false);
        assertProblem(anonymous().auth().oauth2(token).contentType(ContentType.JSON)
                .body(membership("MEMBER", "2017-03-01", null)).post(MEMBERSHIPS, own), FORBIDDEN);
    }

    // ---------------------------------------------------------------- replace and patch

    @Test
    void shouldReplaceAMemberWithIfMatchAndKeepItsMemberships() {
        String marker = marker();
        String id = id(create(member(marker)));
        addMembership(id, membership("EXPERT", "2017-03-01", null));
        Map<String, Object> replacement = Map.of("givenName", "Leïla", "familyName", "Haddad " + marker, "countryCode", "MA");

        Response replaced = as(Role.EDITOR).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(replacement)
                .put(MEMBER, id);

        replaced.then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("name", equalTo("Leïla Haddad " + marker))
                .body("countryCode", equalTo("MA"))
                .body("memberships.size()", equalTo(1));
        assertThat(replaced.jsonPath().getMap("")).doesNotContainKeys("email", "phone", "honorificPrefix", "biography");
    }

    @Test
    void shouldRejectAPatchThatRemovesARequiredNameAndChangeNothing() {
        Map<String, Object> created = create(member(marker()));

        assertInvalidField(mergePatch(as(Role.EDITOR), 0, "{\"familyName\": null}").patch(MEMBER, id(created)), "familyName");
        assertInvalidField(mergePatch(as(Role.EDITOR), 0, "{\"organisationId\": \"" + UNKNOWN_ID + "\"}")
                .patch(MEMBER, id(created)), "organisationId");
        assertThat(fetch(id(created))).isEqualTo(created);
    }

    @Test
    void shouldNotMoveTheVersionOnAPatchThatChangesNothing() {
        Map<String, Object> created = create(member(marker()));

        mergePatch(as(Role.EDITOR), 0, "{\"expertise\": [\"EXTRADITION\", \"TERRORISM\"], \"givenName\": \"Karim\"}")
                .patch(MEMBER, id(created)).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldAnswerNotModifiedWhileTheMemberAndItsMembershipsStayTheSame() {
        String id = id(create(member(marker())));

        as(Role.PARTNER).header("If-None-Match", "\"0\"").get(MEMBER, id).then().statusCode(304);
        addMembership(id, membership("OBSERVER", "2018-01-01", null));
        as(Role.PARTNER).header("If-None-Match", "\"0\"").get(MEMBER, id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("memberships.size()", equalTo(1));
    }

    // ---------------------------------------------------------------- filters, search and paging

    @Test
    void shouldFindNamesWhateverTheirCaseAndAccents() {
        String marker = marker();
        String benali = id(create(with(member(marker), "familyName", "Benalí")));
        String odegard = id(create(with(with(member(marker), "givenName", "Ingrid " + marker), "familyName", "Ødegård")));
        String schafer = id(create(with(with(member(marker), "givenName", "Jonas " + marker), "familyName", "SCHÄFER")));

        assertThat(idsFound(Map.of("q", "benali karim"))).contains(benali);
        assertThat(idsFound(Map.of("q", "BENALÍ"))).contains(benali);
        assertThat(idsFound(Map.of("q", "odegard " + marker))).containsExactly(odegard);
        assertThat(idsFound(Map.of("q", "schafer " + marker.toUpperCase()))).containsExactly(schafer);
        assertThat(idsFound(Map.of("q", "Ødegård Benalí " + marker))).isEmpty();
    }

    @Test
    void shouldTakeLikeWildcardsInTheSearchLiterally() {
        String marker = marker();
        create(member(marker));

        assertThat(idsFound(Map.of("q", marker + " %"))).isEmpty();
        assertThat(idsFound(Map.of("q", "_" + marker.substring(1)))).isEmpty();
    }

    @Test
    void shouldFilterByCountryOrganisationExpertiseAndLanguage() {
        String marker = marker();
        String tunisian = id(create(member(marker)));
        String moroccan = id(create(with(with(with(member(marker), "countryCode", "MA"), "expertise", List.of("CORRUPTION")),
                "languages", List.of("fr"))));
        String independent = id(create(without(with(member(marker), "languages", List.of("ar")), "organisationId")));

        assertThat(idsFound(Map.of("q", marker, "country", "MA"))).containsExactly(moroccan);
        assertThat(idsFound(Map.of("q", marker, "organisation", organisationId()))).containsExactlyInAnyOrder(tunisian, moroccan);
        assertThat(idsFound(Map.of("q", marker, "expertise", "TERRORISM"))).containsExactlyInAnyOrder(tunisian, independent);
        assertThat(idsFound(Map.of("q", marker, "language", "fr"))).as("fr finds fr and fr-CA")
                .containsExactlyInAnyOrder(tunisian, moroccan);
        assertThat(idsFound(Map.of("q", marker, "language", "fr-CA"))).containsExactly(tunisian);
        assertThat(idsFound(Map.of("q", marker, "language", "en"))).containsExactly(tunisian);
    }

    @Test
    void shouldMatchTheMembershipFiltersOnOneAndTheSameMembership() {
        String marker = marker();
        String otherGroup = newExpertGroup();
        String chairThen = id(create(member(marker)));
        addMembership(chairThen, membership("CHAIR", "2017-01-01", "2017-12-31"));
        addMembership(chairThen, membership("MEMBER", "2018-01-01", null));
        String chairNow = id(create(member(marker)));
        addMembership(chairNow, membership("CHAIR", "2018-01-01", null));
        String elsewhere = id(create(member(marker)));
        addMembership(elsewhere, with(membership("CHAIR", "2018-01-01", null), "expertGroup", otherGroup));

        assertThat(idsFound(Map.of("q", marker, "expertGroup", expertGroup())))
                .containsExactlyInAnyOrder(chairThen, chairNow);
        assertThat(idsFound(Map.of("q", marker, "role", "CHAIR"))).containsExactlyInAnyOrder(chairThen, chairNow, elsewhere);
        assertThat(idsFound(Map.of("q", marker, "expertGroup", expertGroup(), "role", "CHAIR", "activeOn", "2018-06-01")))
                .containsExactly(chairNow);
        assertThat(idsFound(Map.of("q", marker, "role", "CHAIR", "activeOn", "2017-12-31"))).containsExactly(chairThen);
        assertThat(idsFound(Map.of("q", marker, "activeOn", "2016-12-31"))).isEmpty();
    }

    @Test
    void shouldListOnlyMembersChangedSinceAnInstantIncludingMembershipChanges() {
        String marker = marker();
        Map<String, Object> older = create(member(marker));
        Map<String, Object> newer = create(member(marker));

        assertThat(idsFound(Map.of("q", marker, "updatedSince", newer.get("updatedAt")))).containsExactly(id(newer));
        Map<String, Object> added = addMembership(id(older), membership("MEMBER", "2017-03-01", null));
        assertThat(idsFound(Map.of("q", marker, "updatedSince", added.get("updatedAt")))).containsExactly(id(older));
    }

    @ParameterizedTest
    @CsvSource({"country, tn", "organisation, ministry", "expertGroup, crimex", "role, PRESIDENT", "activeOn, 2026-13-01",
            "activeOn, yesterday", "expertise, PIRACY", "language, French", "updatedSince, 2026-11-27", "limit, 0",
            "cursor, not-a-cursor"})
    void shouldRejectAMalformedFilterNamingIt(String parameter, String value) {
        assertInvalidField(as(Role.MEMBER).queryParam(parameter, value).get(MEMBERS), parameter);
    }

    @Test
    void shouldPageInNameOrderWithCursorsThatSurviveAnyUnicode() {
        String marker = marker();
        List<String> families = List.of("Ødegård", "Benalí", "بن علي", "Παπαδοπούλου", "O'Brien", "Zürich 😀",
                "Łukasz", "benali", "Å\u030A", "כהן");
        List<String> ids = new ArrayList<>();
        for (String family : families) {
            ids.add(id(create(with(with(member(marker), "givenName", marker), "familyName", family))));
        }

        List<Map<String, Object>> paged = listAll(token(Role.PARTNER), Map.of("q", marker), 3);
        List<Map<String, Object>> whole = listAll(token(Role.PARTNER), Map.of("q", marker), 100);

        assertThat(paged).extracting(Members::id).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
        assertThat(paged).extracting(Members::id).containsExactlyElementsOf(whole.stream().map(Members::id).toList());
        List<String> latin = paged.stream().map(seen -> (String) seen.get("familyName"))
                .filter(name -> name.matches("[A-Za-zÀ-ž' ]+")).toList();
        assertThat(latin).as("Latin names by their folded form").isSortedAccordingTo(
                Comparator.comparing(name -> java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toLowerCase().replace("ł", "l")));
    }

    // ---------------------------------------------------------------- delete and erase

    @Test
    void shouldDeleteAMemberWithItsMemberships() {
        String id = id(create(member(marker())));
        String membershipId = id(addMembership(id, membership("MEMBER", "2017-03-01", null)));

        as(Role.EDITOR).header("If-Match", "\"1\"").delete(MEMBER, id).then().statusCode(204);

        assertProblem(as(Role.ADMIN).get(MEMBER, id), NOT_FOUND);
        assertProblem(as(Role.ADMIN).get(MEMBERSHIP, id, membershipId), NOT_FOUND);
    }

    @Test
    void shouldRefuseToDeleteAMemberAnAccountIsLinkedToAndSuggestErasure() {
        String id = id(create(member(marker())));
        tokenLinkedTo(Role.MEMBER, id);

        assertProblem(as(Role.EDITOR).delete(MEMBER, id), CONFLICT)
                .body("detail", containsString("1 account"))
                .body("detail", containsString("/api/v1/members/" + id + "/erase"));
        fetch(id);
    }

    @Test
    void shouldEraseTheMembersPersonalDataKeepItsMembershipsAndDisableItsAccount() {
        String marker = marker();
        String id = id(create(member(marker)));
        addMembership(id, membership("MEMBER", "2017-03-01", null));
        String token = tokenLinkedTo(Role.MEMBER, id);
        assertProblem(as(Role.EDITOR).post(MEMBER + "/erase", id), FORBIDDEN);

        Response erased = as(Role.ADMIN).post(MEMBER + "/erase", id);

        erased.then().statusCode(200).header("Cache-Control", equalTo("no-store"))
                .body("name", equalTo("Former member, Tunisia"))
                .body("givenName", equalTo("Former member"))
                .body("familyName", equalTo("Tunisia"))
                .body("countryCode", equalTo("TN"))
                .body("expertise", empty())
                .body("languages", empty())
                .body("contactConsent", equalTo(false))
                .body("erasedAt", notNullValue())
                .body("memberships.size()", equalTo(1));
        assertThat(erased.jsonPath().getMap("")).doesNotContainKeys("email", "phone", "biography", "position",
                "honorificPrefix", "organisationId");
        assertUnauthorized(anonymous().auth().oauth2(token).get("/api/v1/me"));
        Map<String, Object> again = as(Role.ADMIN).post(MEMBER + "/erase", id).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(again).as("erasing again changes nothing").isEqualTo(erased.jsonPath().getMap(""));
        assertProblem(mergePatch(as(Role.EDITOR), again.get("version"), "{\"givenName\": \"Karim\"}").patch(MEMBER, id), CONFLICT);
        assertThat(idsFound(Map.of("q", marker))).as("the old name finds nothing").isEmpty();
        assertThat(idsFound(Map.of("q", "former member tunisia"))).contains(id);
        String membershipId = (String) ((Map<?, ?>) ((List<?>) again.get("memberships")).get(0)).get("id");
        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON).body(membership("CHAIR", "2019-01-01", null))
                .post(MEMBERSHIPS, id), CONFLICT).body("detail", containsString("erased"));
        assertProblem(as(Role.EDITOR).delete(MEMBERSHIP, id, membershipId), CONFLICT);
    }

    @Test
    void shouldKeepTheAccountOfAnErasedMemberDisabled() {
        String id = id(create(member(marker())));
        String username = uniqueName("erased");
        Map<String, Object> user = as(Role.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TEST_PASSWORD, "roles", List.of(Role.MEMBER), "memberId", id))
                .post("/api/v1/users").then().statusCode(201).extract().jsonPath().getMap("");
        as(Role.ADMIN).post(MEMBER + "/erase", id).then().statusCode(200);
        String userPath = "/api/v1/users/" + user.get("id");
        Map<String, Object> disabled = as(Role.ADMIN).get(userPath).then().statusCode(200)
                .body("enabled", equalTo(false)).extract().jsonPath().getMap("");

        assertProblem(mergePatch(as(Role.ADMIN), disabled.get("version"), "{\"enabled\": true}").patch(userPath), CONFLICT)
                .body("detail", containsString("erased"));
        mergePatch(as(Role.ADMIN), disabled.get("version"), "{\"memberId\": null, \"enabled\": true}").patch(userPath)
                .then().statusCode(200).body("enabled", equalTo(true)); // unlinked, the account is just an account
    }

    @Test
    void shouldLinkAndUnlinkAnAccountOnlyToAnExistingMemberWithNoOtherAccount() {
        String id = id(create(member(marker())));
        String username = uniqueName("account");
        Map<String, Object> user = as(Role.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TEST_PASSWORD, "roles", List.of(Role.MEMBER)))
                .post("/api/v1/users").then().statusCode(201).extract().jsonPath().getMap("");
        String userPath = "/api/v1/users/" + user.get("id");

        assertInvalidField(mergePatch(as(Role.ADMIN), 0, "{\"memberId\": \"" + UNKNOWN_ID + "\"}").patch(userPath), "memberId");
        assertInvalidField(mergePatch(as(Role.ADMIN), 0, "{\"memberId\": \"nobody\"}").patch(userPath), "memberId");
        mergePatch(as(Role.ADMIN), 0, "{\"memberId\": \"" + id + "\"}").patch(userPath)
                .then().statusCode(200).body("memberId", equalTo(id)).body("$", not(hasKey("member")));
        tokenLinkedToFails(id);
        mergePatch(as(Role.ADMIN), 1, "{\"memberId\": null}").patch(userPath)
                .then().statusCode(200).body("$", not(hasKey("memberId")));
        tokenLinkedTo(Role.MEMBER, id); // free again
    }

    private static void tokenLinkedToFails(String memberId) {
        assertProblem(as(Role.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", uniqueName("second"), "password", TEST_PASSWORD, "roles", List.of(Role.MEMBER),
                        "memberId", memberId))
                .post("/api/v1/users"), CONFLICT).body("detail", containsString("already linked"));
    }

    @Test
    void shouldRefuseToLinkAnAccountToAnErasedMember() {
        String id = id(create(member(marker())));
        as(Role.ADMIN).post(MEMBER + "/erase", id).then().statusCode(200);

        assertProblem(as(Role.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", uniqueName("late"), "password", TEST_PASSWORD, "roles", List.of(Role.MEMBER),
                        "memberId", id))
                .post("/api/v1/users"), CONFLICT);
    }

    @Test
    void shouldExportPersonalDataOnlyToAdministratorsAndTheMemberThemself() {
        String id = id(create(member(marker())));
        String own = tokenLinkedTo(Role.MEMBER, id);

        as(Role.ADMIN).get(MEMBER + "/personal-data", id).then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("member.email", equalTo("k.benali@justice.example"))
                .body("account.memberId", equalTo(id))
                .body("exportedAt", notNullValue());
        anonymous().auth().oauth2(own).get(MEMBER + "/personal-data", id).then().statusCode(200)
                .body("member.id", equalTo(id));
        for (Role role : List.of(Role.EDITOR, Role.MEMBER, Role.PARTNER)) {
            assertProblem(as(role).get(MEMBER + "/personal-data", id), FORBIDDEN);
        }
    }

    // ---------------------------------------------------------------- what refers to members and their references

    @Test
    void shouldRefuseToDeleteAnOrganisationOrExpertGroupThatMembersReferTo() {
        String organisation = as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Court " + marker()), "type", "NATIONAL_AUTHORITY"))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String group = newExpertGroup();
        String first = id(create(with(member(marker()), "organisationId", organisation)));
        String second = id(create(with(member(marker()), "organisationId", organisation)));
        addMembership(first, with(with(membership("MEMBER", "2017-01-01", null), "expertGroup", group),
                "onBehalfOf", Map.of("organisationId", organisation)));

        assertProblem(as(Role.EDITOR).delete("/api/v1/organisations/{id}", organisation), CONFLICT)
                .body("detail", containsString("2 members"))
                .body("detail", containsString("1 membership"));
        assertProblem(as(Role.EDITOR).delete("/api/v1/expert-groups/{code}", group), CONFLICT)
                .body("detail", containsString("1 membership"));

        as(Role.EDITOR).delete(MEMBER, first).then().statusCode(204);
        as(Role.EDITOR).delete(MEMBER, second).then().statusCode(204);
        as(Role.EDITOR).delete("/api/v1/organisations/{id}", organisation).then().statusCode(204);
        as(Role.EDITOR).delete("/api/v1/expert-groups/{code}", group).then().statusCode(204);
    }
}
