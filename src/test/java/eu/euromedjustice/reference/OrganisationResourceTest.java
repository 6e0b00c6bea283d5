package eu.euromedjustice.reference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.euromedjustice.support.ProblemAssertions.Kind.MALFORMED_REQUEST;
import static eu.euromedjustice.support.ProblemAssertions.Kind.VALIDATION_FAILED;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What is particular to organisations: their fields and rules, search, filters and paging. What every
 * versioned resource does (If-Match, 304, 404, 400 for keys, who may write) is VersionedResourceContractTest.
 */
@QuarkusTest
class OrganisationResourceTest extends ApiTest {

    private static final String ORGANISATIONS = "/api/v1/organisations";
    private static final String ORGANISATION = ORGANISATIONS + "/{id}";
    private static final String UNKNOWN_ID = "0193f2a3-5b7c-7d8e-9f01-23456789abcd";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final String ARABIC_NAME = "وزارة العدل التونسية";
    private static final String WEBSITE = "https://www.justice.gov.tn";
    /** Letters to make search markers no other organisation contains, in Arabic script. */
    private static final String ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    // ---------------------------------------------------------------- create and read

    @Test
    void shouldCreateAnOrganisationAndEchoItsFields() {
        String marker = latinMarker();

        Response response = as(Role.EDITOR).contentType(ContentType.JSON).body(ministry(marker)).post(ORGANISATIONS);

        response.then().statusCode(201).contentType(ContentType.JSON)
                .header("ETag", equalTo("\"0\""))
                .body("id", matchesPattern(UUID_PATTERN))
                .body("name.en", equalTo("Ministry of Justice of Tunisia " + marker))
                .body("name.fr", equalTo("Ministère de la Justice de Tunisie " + marker))
                .body("name.ar", equalTo(ARABIC_NAME))
                .body("acronym", equalTo("MJ-" + marker))
                .body("type", equalTo("NATIONAL_AUTHORITY"))
                .body("countryCode", equalTo("TN"))
                .body("website", equalTo(WEBSITE))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith(ORGANISATIONS + "/" + id);
    }

    @Test
    void shouldGetTheCreatedOrganisationByIdAsAnyone() {
        Map<String, Object> created = create(ministry(latinMarker()));

        Response response = anonymous().get(ORGANISATION, id(created));

        response.then().statusCode(200).header("ETag", equalTo("\"0\""));
        assertThat(response.jsonPath().getMap("")).isEqualTo(created);
    }

    @Test
    void shouldCreateAnOrganisationWithOnlyItsRequiredProperties() {
        Map<String, Object> body = Map.of("name", Map.of("en", "Project team " + latinMarker()), "type", "PROJECT_TEAM");

        Map<String, Object> created = create(body);

        assertThat(created).doesNotContainKeys("acronym", "countryCode", "website");
        assertThat(created).containsEntry("type", "PROJECT_TEAM").containsEntry("version", 0);
    }

    // ---------------------------------------------------------------- validation of a new organisation

    static Stream<Arguments> invalidOrganisations() {
        return Stream.of(
                invalid("without a name", body -> without(body, "name"), "name"),
                invalid("a name without English", body -> with(body, "name", Map.of("fr", "Ministère")), "name"),
                invalid("a name in an unsupported language", body -> with(body, "name",
                        Map.of("en", "Ministry", "de", "Ministerium")), "name"),
                invalid("a blank English name", body -> with(body, "name", Map.of("en", "   ")), "name"),
                invalid("an empty name", body -> with(body, "name", Map.of()), "name"),
                invalid("a name longer than 300 characters", body -> with(body, "name", Map.of("en", "x".repeat(301))), "name"),
                invalid("a name that is not an object", body -> with(body, "name", "Ministry"), "name"),
                invalid("without a type", body -> without(body, "type"), "type"),
                invalid("an unknown type", body -> with(body, "type", "MINISTRY"), "type"),
                invalid("a lower-case country code", body -> with(body, "countryCode", "tn"), "countryCode"),
                invalid("a three-letter country code", body -> with(body, "countryCode", "TUN"), "countryCode"),
                invalid("an unknown country code", body -> with(body, "countryCode", "QQ"), "countryCode"),
                invalid("an ftp website", body -> with(body, "website", "ftp://x"), "website"),
                invalid("a website without scheme", body -> with(body, "website", "www.justice.gov.tn"), "website"),
                invalid("an empty acronym", body -> with(body, "acronym", ""), "acronym"),
                invalid("an acronym with surrounding spaces", body -> with(body, "acronym", " MJ "), "acronym"),
                invalid("an acronym longer than 32 characters", body -> with(body, "acronym", "A".repeat(33)), "acronym"),
                invalid("an unknown property", body -> with(body, "foo", "bar"), "foo"),
                invalid("a read-only property", body -> with(body, "version", 3), "version"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOrganisations")
    void shouldRejectAnInvalidOrganisationAndCreateNothing(String description, UnaryOperator<Map<String, Object>> change,
            String field) {
        String marker = latinMarker();

        Response response = as(Role.EDITOR).contentType(ContentType.JSON).body(change.apply(ministry(marker)))
                .post(ORGANISATIONS);

        assertInvalidField(response, field).body("errors[0].message", notNullValue());
        assertThat(idsFound(marker)).as("organisations created").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void shouldRejectATypeGivenAsANumberAndCreateNothing(int ordinal) {
        String marker = latinMarker();

        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON).body(with(ministry(marker), "type", ordinal))
                .post(ORGANISATIONS), "type");

        assertThat(idsFound(marker)).as("organisations created").isEmpty();
    }

    @Test
    void shouldNotNameAJavaParameterForANullBody() {
        Response response = as(Role.EDITOR).contentType(ContentType.JSON).body("null").post(ORGANISATIONS);

        response.then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400))
                .body("type", anyOf(equalTo(MALFORMED_REQUEST.type), equalTo(VALIDATION_FAILED.type)))
                .body("errors.field", anyOf(nullValue(), not(hasItem("input"))));
    }

    @Test
    void shouldRejectAnEmptyBodyPromptly() {
        // without a body, REST Assured sends Content-Length: 0
        Response response = as(Role.EDITOR).config(withSocketTimeout(5_000)).contentType(ContentType.JSON)
                .post(ORGANISATIONS);

        response.then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("status", equalTo(400))
                .body("type", anyOf(equalTo(MALFORMED_REQUEST.type), equalTo(VALIDATION_FAILED.type)))
                .body("title", anyOf(equalTo(MALFORMED_REQUEST.title), equalTo(VALIDATION_FAILED.title)));
    }

    @Test
    void shouldRejectScalarsOfTheWrongJsonTypeAndCreateNothing() {
        String marker = latinMarker();
        List<Map<String, Object>> bodies = List.of(
                with(ministry(marker), "acronym", 123),
                with(ministry(marker), "name", Map.of("en", 5)),
                with(ministry(marker), "countryCode", true));
        List<String> fields = List.of("acronym", "name.en", "countryCode");
        for (int i = 0; i < bodies.size(); i++) {
            as(Role.EDITOR).contentType(ContentType.JSON).body(bodies.get(i)).post(ORGANISATIONS)
                    .then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                    .body("errors.field", hasItem(fields.get(i)));
        }
        assertThat(idsFound(marker)).isEmpty();
    }

    @Test
    void shouldListOnlyOrganisationsChangedSinceAnInstant() {
        Map<String, Object> older = create(ministry(latinMarker()));
        Map<String, Object> newer = create(ministry(latinMarker()));
        String since = (String) newer.get("updatedAt");
        List<String> changed = listAll(Map.of("updatedSince", since)).stream().map(OrganisationResourceTest::id).toList();
        assertThat(changed).contains(id(newer)).doesNotContain(id(older));

        Response touched = mergePatch(Role.EDITOR, "\"" + older.get("version") + "\"", "{\"acronym\": \"TOUCHED\"}")
                .patch(ORGANISATION, id(older));
        touched.then().statusCode(200);
        List<String> afterTouch = listAll(Map.of("updatedSince", touched.path("updatedAt").toString())).stream()
                .map(OrganisationResourceTest::id).toList();
        assertThat(afterTouch).contains(id(older));
    }

    @Test
    void shouldRejectAMalformedUpdatedSince() {
        anonymous().queryParam("updatedSince", "yesterday").get(ORGANISATIONS)
                .then().statusCode(400).contentType(startsWith(PROBLEM_JSON))
                .body("errors[0].field", equalTo("updatedSince"));
    }

    // ---------------------------------------------------------------- list, filters and search

    @Test
    void shouldFilterByType() {
        String marker = latinMarker();
        String euBody = id(create(with(ministry(marker), "type", "EU_BODY")));
        String international = id(create(with(ministry(marker), "type", "INTERNATIONAL_ORGANISATION")));

        List<Map<String, Object>> found = listAll(Map.of("type", "EU_BODY"));

        assertThat(found).extracting(organisation -> organisation.get("type")).containsOnly("EU_BODY");
        assertThat(found).extracting(OrganisationResourceTest::id).contains(euBody).doesNotContain(international);
    }

    @Test
    void shouldFilterByCountry() {
        String marker = latinMarker();
        String moroccan = id(create(with(ministry(marker), "countryCode", "MA")));
        String tunisian = id(create(ministry(marker)));
        String stateless = id(create(without(ministry(marker), "countryCode")));

        List<Map<String, Object>> found = listAll(Map.of("country", "MA"));

        assertThat(found).extracting(organisation -> organisation.get("countryCode")).containsOnly("MA");
        assertThat(found).extracting(OrganisationResourceTest::id).contains(moroccan).doesNotContain(tunisian, stateless);
    }

    @Test
    void shouldCombineTypeCountryAndSearchText() {
        String marker = latinMarker();
        String wanted = id(create(with(ministry(marker), "type", "OTHER")));
        create(ministry(marker));
        create(with(with(ministry(marker), "type", "OTHER"), "countryCode", "MA"));

        assertThat(listAll(Map.of("q", marker, "type", "OTHER", "country", "TN")))
                .extracting(OrganisationResourceTest::id).containsExactly(wanted);
    }

    @Test
    void shouldSearchCaseInsensitivelyInTheAcronymAndTheNamesInEveryLanguage() {
        String acronymMarker = latinMarker();
        String englishMarker = latinMarker();
        String frenchMarker = latinMarker();
        String arabicMarker = arabicMarker();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", Map.of(
                "en", "Prosecution Service " + englishMarker,
                "fr", "Équipe du parquet " + frenchMarker,
                "ar", "النيابة العامة " + arabicMarker));
        body.put("acronym", "PS-" + acronymMarker.toUpperCase());
        body.put("type", "NATIONAL_AUTHORITY");
        String id = id(create(body));

        assertThat(idsFound(acronymMarker)).as("acronym, lower case").containsExactly(id);
        assertThat(idsFound("ps-" + acronymMarker)).as("acronym with its prefix").containsExactly(id);
        assertThat(idsFound(englishMarker.toUpperCase())).as("English, upper case").containsExactly(id);
        assertThat(idsFound("SERVICE " + englishMarker)).as("English, mixed case").containsExactly(id);
        assertThat(idsFound("ÉQUIPE DU PARQUET " + frenchMarker.toUpperCase())).as("French, upper-case accent")
                .containsExactly(id);
        assertThat(idsFound(arabicMarker)).as("Arabic").containsExactly(id);
        assertThat(idsFound("العامة " + arabicMarker)).as("Arabic words").containsExactly(id);
        assertThat(idsFound("  " + englishMarker + "  ")).as("surrounding spaces are ignored").containsExactly(id);
        assertThat(idsFound(englishMarker + "x")).as("no match").isEmpty();
    }

    @Test
    void shouldTreatLikeWildcardsInTheSearchTextLiterally() {
        String marker = latinMarker();
        String underscore = id(create(with(ministry(marker), "name", Map.of("en", "Office " + marker + "_x"))));
        String percent = id(create(with(ministry(marker), "name", Map.of("en", "Office " + marker + "%y"))));
        create(with(ministry(marker), "name", Map.of("en", "Office " + marker + "ax")));
        create(with(ministry(marker), "name", Map.of("en", "Office " + marker + "aay")));

        assertThat(idsFound(marker + "_x")).containsExactly(underscore);
        assertThat(idsFound(marker + "%y")).containsExactly(percent);
        assertThat(idsFound(marker + "%")).containsExactly(percent);
    }

    @Test
    void shouldPageThroughASearchOneOrganisationAtATimeInCreationOrder() {
        String marker = latinMarker();
        List<String> created = List.of(id(create(ministry(marker))), id(create(ministry(marker))),
                id(create(ministry(marker))));

        List<String> walked = new ArrayList<>();
        String cursor = null;
        for (int page = 1; page <= created.size(); page++) {
            RequestSpecification request = anonymous().queryParam("q", marker).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.get(ORGANISATIONS);
            response.then().statusCode(200).body("items.size()", equalTo(1));
            walked.add(response.path("items[0].id"));
            cursor = response.path("next");
            if (page < created.size()) {
                assertThat(cursor).as("next of page " + page).isNotNull();
                assertThat(nextLinkOf(response)).contains("cursor=" + cursor);
            } else {
                assertThat(cursor).as("next of the last page").isNull();
                response.then().header("Link", nullValue());
            }
        }

        assertThat(walked).containsExactlyElementsOf(created);
    }

    @Test
    void shouldFollowTheLinkHeaderKeepingTheFilters() {
        String marker = arabicMarker();
        Map<String, Object> body = with(ministry(latinMarker()), "name", Map.of("en", "Court", "ar", "محكمة " + marker));
        String first = id(create(body));
        String second = id(create(body));

        Response page = anonymous().queryParam("q", marker).queryParam("limit", 1).get(ORGANISATIONS);
        page.then().statusCode(200).body("items[0].id", equalTo(first));

        Response next = anonymous().urlEncodingEnabled(false).get(nextLinkOf(page));
        next.then().statusCode(200)
                .body("items.id", contains(second))
                .body("next", nullValue())
                .header("Link", nullValue());
    }

    @ParameterizedTest
    @CsvSource({
            "type, MINISTRY",
            "type, eu_body",
            "country, tn",
            "country, TUN",
            "limit, 0",
            "limit, 101",
            "limit, abc",
            "cursor, not-a-cursor!"})
    void shouldRejectAnInvalidListParameter(String parameter, String value) {
        assertInvalidField(anonymous().queryParam(parameter, value).get(ORGANISATIONS), parameter)
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void shouldRejectASearchTextLongerThanTwoHundredCharacters() {
        assertInvalidField(anonymous().queryParam("q", "x".repeat(201)).get(ORGANISATIONS), "q");
        anonymous().queryParam("q", "x".repeat(200)).get(ORGANISATIONS).then().statusCode(200);
    }

    @Test
    void shouldRejectACursorOfTheCountryList() {
        String countryCursor = anonymous().queryParam("limit", 1).get("/api/v1/countries")
                .then().statusCode(200).extract().path("next");

        assertInvalidField(anonymous().queryParam("cursor", countryCursor).get(ORGANISATIONS), "cursor");
    }

    @Test
    void shouldRejectACursorWhoseKeyIsNotAnId() {
        String marker = latinMarker();
        create(ministry(marker));
        create(ministry(marker));
        String next = anonymous().queryParam("q", marker).queryParam("limit", 1).get(ORGANISATIONS)
                .then().statusCode(200).extract().path("next");
        String json = new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                json.replaceAll("\"[0-9a-f-]{36}\"]$", "\"not-a-uuid\"]").getBytes(StandardCharsets.UTF_8));
        assertThat(forged).isNotEqualTo(next);

        assertInvalidField(anonymous().queryParam("q", marker).queryParam("limit", 1).queryParam("cursor", forged)
                .get(ORGANISATIONS), "cursor");
    }

    @Test
    void shouldRefuseACursorUnderOtherFiltersOrAnotherLimit() {
        String marker = latinMarker();
        create(ministry(marker));
        create(ministry(marker));
        Map<String, Object> query = Map.of("q", marker, "type", "NATIONAL_AUTHORITY", "limit", 1);
        String next = anonymous().queryParams(query).get(ORGANISATIONS).then().statusCode(200).extract().path("next");

        anonymous().queryParams(query).queryParam("cursor", next).get(ORGANISATIONS)
                .then().statusCode(200).body("items.size()", equalTo(1));
        for (Map<String, Object> other : List.<Map<String, Object>>of(
                with(query, "type", "OTHER"), without(query, "type"), with(query, "limit", 2), with(query, "q", latinMarker()),
                with(query, "updatedSince", "2020-01-01T00:00:00Z"))) {
            assertInvalidField(anonymous().queryParams(other).queryParam("cursor", next).get(ORGANISATIONS), "cursor");
        }
    }

    @Test
    void shouldListChangesSinceAnInstantInTheOrderTheyHappenedAcrossPages() {
        String marker = latinMarker();
        Map<String, Object> first = create(ministry(marker));
        Map<String, Object> second = create(ministry(marker));
        Map<String, Object> third = create(ministry(marker));
        mergePatch(Role.EDITOR, "\"0\"", "{\"acronym\": \"CHANGED\"}").patch(ORGANISATION, id(first)).then().statusCode(200);

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = anonymous().queryParam("q", marker).queryParam("limit", 1)
                    .queryParam("updatedSince", (String) first.get("createdAt"));
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(ORGANISATIONS);
            page.then().statusCode(200);
            walked.addAll(page.jsonPath().getList("items.id"));
            cursor = page.path("next");
        } while (cursor != null);

        assertThat(walked).containsExactly(id(second), id(third), id(first));
    }

    // ---------------------------------------------------------------- replace

    @Test
    void shouldReplaceWithTheCurrentETag() {
        Map<String, Object> created = create(ministry(latinMarker()));
        Map<String, Object> replacement = new LinkedHashMap<>();
        replacement.put("name", Map.of("en", "Supreme Judicial Council", "fr", "Conseil supérieur de la magistrature"));
        replacement.put("type", "OTHER");
        replacement.put("countryCode", "MA");

        Response response = replace(Role.EDITOR, id(created), "\"0\"", replacement);

        response.then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("id", equalTo(id(created)))
                .body("version", equalTo(1))
                .body("name.en", equalTo("Supreme Judicial Council"))
                .body("name.fr", equalTo("Conseil supérieur de la magistrature"))
                .body("name.ar", nullValue())
                .body("type", equalTo("OTHER"))
                .body("countryCode", equalTo("MA"))
                .body("acronym", nullValue())
                .body("website", nullValue())
                .body("createdAt", equalTo(created.get("createdAt")));
        assertThat(fetch(id(created))).isEqualTo(response.jsonPath().getMap(""));
    }

    @Test
    void shouldValidateAReplacementAndKeepTheOrganisation() {
        Map<String, Object> created = create(ministry(latinMarker()));

        assertInvalidField(replace(Role.EDITOR, id(created), "\"0\"", without(writable(created), "name")), "name");
        assertInvalidField(replace(Role.EDITOR, id(created), "\"0\"", with(writable(created), "countryCode", "QQ")),
                "countryCode");
        assertInvalidField(replace(Role.EDITOR, id(created), "\"0\"", created), "id");

        assertUnchanged(created);
    }

    @Test
    void shouldFindTheOrganisationByItsNewNameOnlyAfterAReplace() {
        String oldMarker = latinMarker();
        String newMarker = latinMarker();
        String id = id(create(ministry(oldMarker)));

        replace(Role.EDITOR, id, "\"0\"", ministry(newMarker)).then().statusCode(200);

        assertThat(idsFound(oldMarker)).isEmpty();
        assertThat(idsFound(newMarker)).containsExactly(id);
    }

    // ---------------------------------------------------------------- merge patch

    @Test
    void shouldPatchOnlyTheNamedProperties() {
        Map<String, Object> created = create(ministry(latinMarker()));

        Response response = mergePatch(Role.EDITOR, "\"0\"", "{\"website\": \"https://www.e-justice.tn\"}")
                .patch(ORGANISATION, id(created));

        response.then().statusCode(200).header("ETag", equalTo("\"1\""));
        Map<String, Object> expected = new LinkedHashMap<>(created);
        expected.put("website", "https://www.e-justice.tn");
        expected.put("version", 1);
        expected.put("updatedAt", response.path("updatedAt"));
        assertThat(response.jsonPath().getMap("")).isEqualTo(expected);
        assertThat(fetch(id(created))).isEqualTo(expected);
    }

    @Test
    void shouldRemoveTheAcronymAndWebsitePatchedToNull() {
        Map<String, Object> created = create(ministry(latinMarker()));

        mergePatch(Role.EDITOR, "\"0\"", "{\"acronym\": null, \"website\": null}").patch(ORGANISATION, id(created))
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("$", not(hasKey("acronym")))
                .body("$", not(hasKey("website")))
                .body("countryCode", equalTo("TN"));

        assertThat(fetch(id(created))).doesNotContainKeys("acronym", "website").containsEntry("version", 1);
    }

    @Test
    void shouldMergeTheNameLanguageByLanguage() {
        String marker = latinMarker();
        Map<String, Object> created = create(ministry(marker));

        mergePatch(Role.EDITOR, "\"0\"", """
                {"name": {"fr": "Ministère tunisien de la Justice", "ar": null}}
                """).patch(ORGANISATION, id(created))
                .then().statusCode(200)
                .body("name.en", equalTo("Ministry of Justice of Tunisia " + marker))
                .body("name.fr", equalTo("Ministère tunisien de la Justice"))
                .body("name", not(hasKey("ar")));
    }

    @Test
    void shouldPatchAnArabicNameIntact() {
        Map<String, Object> created = create(ministry(latinMarker()));
        String arabic = "المجلس الأعلى للقضاء " + arabicMarker();

        mergePatch(Role.EDITOR, "\"0\"", "{\"name\": {\"ar\": \"" + arabic + "\"}}").patch(ORGANISATION, id(created))
                .then().statusCode(200).body("name.ar", equalTo(arabic));

        assertThat(((Map<?, ?>) fetch(id(created)).get("name")).get("ar")).isEqualTo(arabic);
    }

    @Test
    void shouldRejectRemovingTheEnglishNameAndKeepTheOrganisation() {
        Map<String, Object> created = create(ministry(latinMarker()));

        assertInvalidField(mergePatch(Role.EDITOR, "\"0\"", "{\"name\": {\"en\": null}}").patch(ORGANISATION, id(created)),
                "name");

        assertUnchanged(created);
    }

    static Stream<Arguments> invalidPatches() {
        return Stream.of(
                arguments("{\"website\": \"ftp://x\"}", "website"),
                arguments("{\"countryCode\": \"QQ\"}", "countryCode"),
                arguments("{\"countryCode\": \"tn\"}", "countryCode"),
                arguments("{\"type\": \"MINISTRY\"}", "type"),
                arguments("{\"type\": null}", "type"),
                arguments("{\"name\": null}", "name"),
                arguments("{\"name\": \"Ministry\"}", "name"),
                arguments("{\"name\": {\"de\": \"Ministerium\"}}", "name"),
                arguments("{\"name\": {\"fr\": \" \"}}", "name"),
                arguments("{\"acronym\": \"\"}", "acronym"),
                arguments("{\"foo\": 1}", "foo"),
                arguments("{\"version\": 9}", "version"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPatches")
    void shouldRejectAnInvalidPatchAndKeepTheOrganisation(String patch, String field) {
        Map<String, Object> created = create(ministry(latinMarker()));

        assertInvalidField(mergePatch(Role.EDITOR, "\"0\"", patch).patch(ORGANISATION, id(created)), field);

        assertUnchanged(created);
    }

    // ---------------------------------------------------------------- fixtures and helpers

    /** The tests' REST Assured configuration, with a read timeout for requests that might hang. */
    private static RestAssuredConfig withSocketTimeout(int millis) {
        return RestAssured.config().httpClient(RestAssured.config().getHttpClientConfig()
                .setParam("http.socket.timeout", millis));
    }

    /** A complete, valid organisation whose acronym and names carry the marker. */
    private static Map<String, Object> ministry(String marker) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, String> name = new LinkedHashMap<>();
        name.put("en", "Ministry of Justice of Tunisia " + marker);
        name.put("fr", "Ministère de la Justice de Tunisie " + marker);
        name.put("ar", ARABIC_NAME);
        body.put("name", name);
        body.put("acronym", "MJ-" + marker);
        body.put("type", "NATIONAL_AUTHORITY");
        body.put("countryCode", "TN");
        body.put("website", WEBSITE);
        return body;
    }

    /** The writable properties of an organisation as read back. */
    private static Map<String, Object> writable(Map<String, Object> organisation) {
        Map<String, Object> input = new LinkedHashMap<>(organisation);
        List.of("id", "version", "createdAt", "updatedAt").forEach(input::remove);
        return input;
    }

    private static Map<String, Object> create(Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(ORGANISATIONS)
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    private static Map<String, Object> fetch(String id) {
        return anonymous().get(ORGANISATION, id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** The organisation reads exactly as before: same properties, same version and ETag. */
    private static void assertUnchanged(Map<String, Object> before) {
        Response response = anonymous().get(ORGANISATION, id(before));
        response.then().statusCode(200).header("ETag", equalTo("\"" + before.get("version") + "\""));
        assertThat(response.jsonPath().getMap("")).isEqualTo(before);
    }

    private static Response replace(Role role, String id, String ifMatch, Map<String, Object> body) {
        RequestSpecification request = as(role).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(ORGANISATION, id);
    }

    private static RequestSpecification mergePatch(Role role, String ifMatch, String patch) {
        RequestSpecification request = as(role).contentType(MERGE_PATCH_JSON).body(patch.getBytes(StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    private static String id(Map<String, Object> organisation) {
        return (String) organisation.get("id");
    }

    /** Every organisation of the filtered list, following next to the last page. */
    private static List<Map<String, Object>> listAll(Map<String, ?> query) {
        return allItems(ApiTest::anonymous, ORGANISATIONS, query, 100);
    }

    private static List<String> idsFound(String text) {
        return listAll(Map.of("q", text)).stream().map(OrganisationResourceTest::id).toList();
    }

    /** Ten random lower-case letters: text no other organisation contains. */
    private static String latinMarker() {
        return randomLetters("abcdefghijklmnopqrstuvwxyz", 10);
    }

    private static String arabicMarker() {
        return randomLetters(ARABIC_LETTERS, 8);
    }

    private static String randomLetters(String alphabet, int length) {
        StringBuilder letters = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            letters.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return letters.toString();
    }
}
