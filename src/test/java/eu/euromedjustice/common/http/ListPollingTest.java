package eu.euromedjustice.common.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/**
 * What every list does for partners that poll it: a weak ETag over what decides the page, 304
 * without a body while nothing on it changed, a new tag when an item on it changes or the caller
 * sees it otherwise, and updatedSince. Each list is one entry of {@link #lists()}.
 */
@QuarkusTest
class ListPollingTest extends ApiTest {

    private static final String LIST_ETAG = "W/\"[0-9a-f]{32}\"";
    private static final String COUNTRIES = "/api/v1/countries";
    /** Countries the tests change, in turn (each is put back after its test). */
    private static final List<String> COUNTRY_CODES = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
            "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
    private static final AtomicInteger NEXT_COUNTRY = new AtomicInteger();
    private static final AtomicInteger DAYS = new AtomicInteger();

    private static String expertGroup;
    /** The countries a test changed, with their version and updatedAt before: put back after each test. */
    private final Map<String, Map<String, Object>> changedCountries = new LinkedHashMap<>();

    @Inject
    EntityManager entityManager;

    /**
     * One list: where it is (a fresh one for the lists under a member or a meeting), how an item
     * comes into it (a POST of the body by the writer) and changes (a merge patch), and who reads it
     * (null: anyone). Countries, which only migrations change, have neither. A list others share is
     * looked at through updatedSince, so that only this test's items are on the page.
     */
    record PolledList(String name, Supplier<String> collection, Supplier<Map<String, Object>> body, String keyProperty,
            Map<String, Object> patch, Role writer, Role reader, boolean shared) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<PolledList> lists() {
        return Stream.of(
                new PolledList("countries", () -> COUNTRIES, null, "code", null, null, null, true),
                shared("organisations", "/api/v1/organisations", ListPollingTest::organisation, "id", Map.of("acronym", "MJT"),
                        Role.EDITOR, null),
                shared("expert groups", "/api/v1/expert-groups", () -> Map.of("code", "P" + randomLetters(10).toUpperCase(),
                        "name", Map.of("en", "Expert group")), "code", Map.of("parentProgramme", "EuroMed Justice"), Role.EDITOR, null),
                shared("members", "/api/v1/members", ListPollingTest::member, "id", Map.of("contactConsent", true), Role.EDITOR,
                        Role.EDITOR),
                part("memberships", ListPollingTest::membershipsOfANewMember, ListPollingTest::membershipOfOneDay, "id",
                        Map.of("onBehalfOf", Map.of("countryCode", "MA")), Role.EDITOR),
                shared("meetings", "/api/v1/meetings", ListPollingTest::meeting, "id", Map.of("city", "Brussels"), Role.EDITOR, null),
                part("agenda items", () -> partsOfANewMeeting("agenda-items"),
                        () -> Map.of("title", Map.of("en", "Opening"), "type", "PLENARY"), "id", Map.of("type", "BREAK"), null),
                part("participants", () -> partsOfANewMeeting("participants"),
                        () -> Map.of("memberId", newMember(), "role", "PARTICIPANT"), "memberId", Map.of("attendance", "ATTENDED"),
                        Role.EDITOR),
                part("meeting documents", () -> partsOfANewMeeting("documents"), () -> document(true), "id",
                        Map.of("language", "fr"), null),
                shared("measures", "/api/v1/measures", () -> Map.of("code", uniqueMeasureCode(), "theme", "PLACES",
                        "title", Map.of("en", "Polled measure")), "code", Map.of("description", Map.of("en", "Changed")), Role.EDITOR, null),
                shared("users", "/api/v1/users", () -> Map.of("username", uniqueName("polled"), "password", TEST_PASSWORD,
                        "roles", List.of("PARTNER"), "enabled", true), "id", Map.of("enabled", false), Role.ADMIN, Role.ADMIN),
                shared("roadmaps", "/api/v1/roadmaps", ListPollingTest::roadmap, "id", Map.of("objective", Map.of("en", "Changed")),
                        Role.EDITOR, Role.PARTNER),
                part("milestones", ListPollingTest::milestonesOfANewRoadmap,
                        () -> Map.of("title", Map.of("en", "Polled milestone")), "id", Map.of("status", "BLOCKED"), Role.PARTNER));
    }

    private static PolledList shared(String name, String collection, Supplier<Map<String, Object>> body, String key,
            Map<String, Object> patch, Role writer, Role reader) {
        return new PolledList(name, () -> collection, body, key, patch, writer, reader, true);
    }

    private static PolledList part(String name, Supplier<String> collection, Supplier<Map<String, Object>> body, String key,
            Map<String, Object> patch, Role reader) {
        return new PolledList(name, collection, body, key, patch, Role.EDITOR, reader, false);
    }

    @BeforeAll
    static void forgetRecordsOfAnEarlierApplication() {
        expertGroup = null; // a test profile restarts the app on a clean database
    }

    @AfterEach
    void putBackTheCountriesChanged() {
        changedCountries.forEach((code, before) -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update country set version = :version, updated_at = :at where code = :code")
                .setParameter("version", ((Number) before.get("version")).longValue())
                .setParameter("at", Instant.parse((String) before.get("updatedAt")))
                .setParameter("code", code).executeUpdate()));
        changedCountries.clear();
    }

    // ---------------------------------------------------------------- ETag and 304

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void shouldAnswerNotModifiedWithoutABodyWhileNothingOnThePageChanged(PolledList list) {
        String collection = list.collection().get();
        Map<String, Object> item = add(list, collection);
        Map<String, Object> query = queryFor(list, item);

        Response first = reader(list).queryParams(query).get(collection);
        first.then().statusCode(200).header("ETag", matchesPattern(LIST_ETAG));
        assertThat(keysOf(first, list)).contains(item.get(list.keyProperty()));
        String tag = first.header("ETag");

        reader(list).queryParams(query).header("If-None-Match", tag).get(collection)
                .then().statusCode(304).header("ETag", equalTo(tag)).body(emptyOrNullString());
        String strong = tag.substring(2);
        for (String matching : List.of(strong, "*", "\"0\", " + tag, "W/\"00000000000000000000000000000000\",  " + strong)) {
            reader(list).queryParams(query).header("If-None-Match", matching).get(collection).then().statusCode(304);
        }
        reader(list).queryParams(query).header("If-None-Match", "W/\"00000000000000000000000000000000\"").get(collection)
                .then().statusCode(200).header("ETag", equalTo(tag));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void shouldChangeTheTagWhenAnItemOnThePageChanges(PolledList list) {
        String collection = list.collection().get();
        Map<String, Object> item = add(list, collection);
        Map<String, Object> query = queryFor(list, item);
        String tag = reader(list).queryParams(query).get(collection).then().statusCode(200).extract().header("ETag");

        change(list, collection, item);

        Response after = reader(list).queryParams(query).header("If-None-Match", tag).get(collection);
        after.then().statusCode(200).header("ETag", matchesPattern(LIST_ETAG)).header("ETag", not(equalTo(tag)));
        assertThat(keysOf(after, list)).contains(item.get(list.keyProperty()));
        String newTag = after.header("ETag");
        reader(list).queryParams(query).header("If-None-Match", newTag).get(collection).then().statusCode(304);
    }

    @Test
    void shouldChangeTheTagWhenAnItemAfterThePageComesOrGoes() {
        String collection = "/api/v1/organisations";
        Map<String, Object> first = post(Role.EDITOR, collection, organisation());
        Map<String, Object> query = Map.of("updatedSince", first.get("updatedAt"), "limit", 1);
        String alone = anonymous().queryParams(query).get(collection).then().statusCode(200).extract().header("ETag");

        Map<String, Object> second = post(Role.EDITOR, collection, organisation());
        Response withMore = anonymous().queryParams(query).header("If-None-Match", alone).get(collection);

        withMore.then().statusCode(200).header("ETag", not(equalTo(alone)));
        assertThat(withMore.jsonPath().getList("items.id")).containsExactly(first.get("id")); // the page's items are the same
        as(Role.EDITOR).delete(collection + "/" + second.get("id")).then().statusCode(204);
        anonymous().queryParams(query).header("If-None-Match", alone).get(collection).then().statusCode(304);
    }

    // ---------------------------------------------------------------- who asks

    @Test
    void shouldTagMembersDifferentlyForCallersWhoSeeThemDifferently() {
        Map<String, Object> member = post(Role.EDITOR, "/api/v1/members", member());
        Map<String, Object> query = Map.of("updatedSince", member.get("updatedAt"));
        String linked = tokenOfAMemberLinkedTo((String) member.get("id"));

        List<String> tags = new ArrayList<>();
        // a partner sees no languages, a member no contact details without consent, the member's own account everything
        for (RequestSpecification caller : List.of(as(Role.PARTNER), as(Role.MEMBER), anonymous().auth().oauth2(linked))) {
            tags.add(caller.queryParams(query).get("/api/v1/members").then().statusCode(200).extract().header("ETag"));
        }

        assertThat(tags).doesNotHaveDuplicates();
        as(Role.MEMBER).queryParams(query).header("If-None-Match", tags.get(2)).get("/api/v1/members").then().statusCode(200);
    }

    @Test
    void shouldTagParticipantsDifferentlyForAnonymousCallersAndEditors() {
        String participants = partsOfANewMeeting("participants");
        post(Role.EDITOR, participants, Map.of("memberId", newMember(), "role", "CHAIR")); // a chair: anonymous callers see them

        Response anonymousPage = anonymous().get(participants);
        Response editorPage = as(Role.EDITOR).get(participants);

        assertThat(anonymousPage.jsonPath().getList("items.memberId")).isEqualTo(editorPage.jsonPath().getList("items.memberId"));
        assertThat(anonymousPage.header("ETag")).isNotEqualTo(editorPage.header("ETag"));
        anonymous().header("If-None-Match", editorPage.header("ETag")).get(participants).then().statusCode(200);
    }

    @Test
    void shouldTagDocumentsByWhatTheCallerMaySee() {
        String documents = partsOfANewMeeting("documents");
        post(Role.EDITOR, documents, document(true));
        String everyones = anonymous().get(documents).then().statusCode(200).extract().header("ETag");
        assertThat(as(Role.MEMBER).get(documents).header("ETag")).as("the same documents").isEqualTo(everyones);

        post(Role.EDITOR, documents, document(false));

        anonymous().header("If-None-Match", everyones).get(documents).then().statusCode(304);
        as(Role.MEMBER).header("If-None-Match", everyones).get(documents).then().statusCode(200);
    }

    @Test
    void shouldTagMeetingsAlikeForEveryCallerSinceTheListShowsThemAlike() {
        Map<String, Object> meeting = post(Role.EDITOR, "/api/v1/meetings", meeting());
        Map<String, Object> query = Map.of("updatedSince", meeting.get("updatedAt"));

        String tag = anonymous().queryParams(query).get("/api/v1/meetings").then().statusCode(200).extract().header("ETag");

        as(Role.EDITOR).queryParams(query).header("If-None-Match", tag).get("/api/v1/meetings").then().statusCode(304);
    }

    @Test
    void shouldChangeTheMeetingsTagWhenItsAttendanceChanges() {
        Map<String, Object> meeting = post(Role.EDITOR, "/api/v1/meetings", meeting());
        Map<String, Object> query = Map.of("updatedSince", meeting.get("updatedAt"));
        String tag = anonymous().queryParams(query).get("/api/v1/meetings").then().statusCode(200).extract().header("ETag");

        post(Role.EDITOR, "/api/v1/meetings/" + meeting.get("id") + "/participants", Map.of("memberId", newMember(), "role",
                "PARTICIPANT", "attendance", "CONFIRMED"));

        anonymous().queryParams(query).header("If-None-Match", tag).get("/api/v1/meetings")
                .then().statusCode(200).body("items[0].attendanceByCountry[0].confirmed", equalTo(1));
    }

    // ---------------------------------------------------------------- updatedSince

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void shouldListOnlyWhatChangedSinceTheInstantAndBindTheCursorToIt(PolledList list) {
        String collection = list.collection().get();
        Map<String, Object> older = add(list, collection);
        Map<String, Object> newer = add(list, collection);
        assertThat(Instant.parse((String) newer.get("updatedAt"))).isAfter(Instant.parse((String) older.get("updatedAt")));

        List<Object> sinceNewer = keysOf(reader(list).queryParam("updatedSince", newer.get("updatedAt")).get(collection), list);
        Response sinceOlder = reader(list).queryParam("updatedSince", older.get("updatedAt")).queryParam("limit", 1).get(collection);

        assertThat(sinceNewer).contains(newer.get(list.keyProperty())).doesNotContain(older.get(list.keyProperty()));
        assertThat(keysOf(sinceOlder, list)).as("in the order of change").containsExactly(older.get(list.keyProperty()));
        assertInvalidField(reader(list).queryParam("updatedSince", newer.get("updatedAt"))
                .queryParam("limit", 1).queryParam("cursor", (String) sinceOlder.path("next")).get(collection), "cursor");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void shouldRejectAMalformedUpdatedSinceNamingIt(PolledList list) {
        String collection = list.collection().get();
        for (String malformed : List.of("yesterday", "2026-11-27", "2026-11-27T10:15:30")) {
            assertInvalidField(reader(list).queryParam("updatedSince", malformed).get(collection), "updatedSince");
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A new item of the list, as the API shows it; for countries, which change only by migration, one changed as one would. */
    private Map<String, Object> add(PolledList list, String collection) {
        if (list.body() != null) {
            return post(list.writer(), collection, list.body().get());
        }
        String code = COUNTRY_CODES.get(NEXT_COUNTRY.getAndIncrement() % COUNTRY_CODES.size());
        changeCountry(code);
        return anonymous().get(COUNTRIES + "/" + code).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private void change(PolledList list, String collection, Map<String, Object> item) {
        if (list.patch() == null) {
            changeCountry((String) item.get("code"));
            return;
        }
        as(list.writer()).contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + item.get("version") + "\"")
                .body(json(list.patch()).getBytes(StandardCharsets.UTF_8))
                .patch(collection + "/" + item.get(list.keyProperty())).then().statusCode(200);
    }

    /**
     * Does what a migration that changes a country must do besides changing it: move its version
     * and updatedAt on (ETags and updatedSince rest on them). Put back after the test.
     */
    private void changeCountry(String code) {
        changedCountries.computeIfAbsent(code, c -> anonymous().get(COUNTRIES + "/" + c).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update country set version = version + 1, updated_at = :at where code = :code")
                .setParameter("at", Instant.now().truncatedTo(ChronoUnit.MICROS))
                .setParameter("code", code).executeUpdate());
    }

    /** A shared list is looked at from the item's change on, so that the page holds this test's items only. */
    private static Map<String, Object> queryFor(PolledList list, Map<String, Object> item) {
        return list.shared() ? Map.of("updatedSince", item.get("updatedAt")) : Map.of();
    }

    private static RequestSpecification reader(PolledList list) {
        return list.reader() == null ? anonymous() : as(list.reader());
    }

    private static List<Object> keysOf(Response page, PolledList list) {
        return page.then().statusCode(200).extract().jsonPath().getList("items." + list.keyProperty());
    }

    private static Map<String, Object> post(Role writer, String collection, Map<String, Object> body) {
        return as(writer).contentType(ContentType.JSON).body(body).post(collection)
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    private static String json(Map<String, Object> body) {
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> organisation() {
        return Map.of("name", Map.of("en", "Ministry of Justice " + randomLetters(10)), "type", "NATIONAL_AUTHORITY");
    }

    /** A member with contact details it does not consent to share: each kind of caller sees it otherwise. */
    private static Map<String, Object> member() {
        return Map.of("givenName", "Leïla", "familyName", "Haddad " + randomLetters(10), "countryCode", "TN",
                "email", "l.haddad@justice.example", "contactConsent", false);
    }

    private static String newMember() {
        return (String) post(Role.EDITOR, "/api/v1/members", member()).get("id");
    }

    /** A token of a new MEMBER account linked to the member. */
    private static String tokenOfAMemberLinkedTo(String memberId) {
        String username = uniqueName("linked");
        post(Role.ADMIN, "/api/v1/users", Map.of("username", username, "password", TEST_PASSWORD, "roles", List.of("MEMBER"),
                "memberId", memberId));
        return login(username, TEST_PASSWORD);
    }

    private static String membershipsOfANewMember() {
        return "/api/v1/members/" + newMember() + "/memberships";
    }

    /** A membership of one day, a day later each time, so that two of one member never overlap. */
    private static Map<String, Object> membershipOfOneDay() {
        String day = LocalDate.of(1990, 1, 1).plusDays(DAYS.getAndIncrement()).toString();
        return Map.of("expertGroup", expertGroup(), "role", "MEMBER", "startDate", day, "endDate", day);
    }

    private static Map<String, Object> meeting() {
        return Map.of("expertGroup", expertGroup(), "title", Map.of("en", "CrimEx meeting " + randomLetters(6)),
                "startDate", "2017-05-08", "endDate", "2017-05-11", "timeZone", "Europe/Amsterdam", "format", "IN_PERSON");
    }

    /** The collection of one kind of part ("agenda-items") of a new meeting. */
    /** An adopted roadmap, which partners read too. */
    private static Map<String, Object> roadmap() {
        return Map.of("expertGroup", expertGroup(), "topic", "LEGAL_GAPS", "title", Map.of("en", "Polled roadmap"), "status", "ADOPTED");
    }

    private static String milestonesOfANewRoadmap() {
        String roadmap = as(Role.EDITOR).contentType(ContentType.JSON).body(roadmap()).post("/api/v1/roadmaps")
                .then().statusCode(201).extract().path("id");
        return "/api/v1/roadmaps/" + roadmap + "/milestones";
    }

    private static String partsOfANewMeeting(String parts) {
        return "/api/v1/meetings/" + post(Role.EDITOR, "/api/v1/meetings", meeting()).get("id") + "/" + parts;
    }

    private static Map<String, Object> document(boolean isPublic) {
        return Map.of("type", "AGENDA", "title", Map.of("en", "Agenda"), "language", "en",
                "url", "https://documents.euromed-justice.example/" + randomLetters(6) + ".pdf", "public", isPublic);
    }

    private static synchronized String expertGroup() {
        if (expertGroup == null) {
            expertGroup = (String) post(Role.EDITOR, "/api/v1/expert-groups", Map.of("code", "P" + randomLetters(10).toUpperCase(),
                    "name", Map.of("en", "Expert group"))).get("code");
        }
        return expertGroup;
    }
}
