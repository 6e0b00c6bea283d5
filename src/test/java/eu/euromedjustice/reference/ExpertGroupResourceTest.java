package eu.euromedjustice.reference;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.euromedjustice.support.ProblemAssertions.Kind.CONFLICT;
import static eu.euromedjustice.support.ProblemAssertions.Kind.NOT_FOUND;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Expert groups, keyed by their code. The test profile loads no demo data and every test class
 * shares the database, so each test creates its own groups under random codes. What every versioned
 * resource does (If-Match, 304, 404, who may write) is VersionedResourceContractTest.
 */
@QuarkusTest
class ExpertGroupResourceTest extends ApiTest {

    private static final String EXPERT_GROUPS = "/api/v1/expert-groups";
    private static final String EXPERT_GROUP = EXPERT_GROUPS + "/{code}";
    private static final String UNKNOWN_CODE = "NOPE";
    private static final String CODE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String START_DATE = "2017-01-01";
    private static final String END_DATE = "2018-12-31";

    // ---------------------------------------------------------------- create and read

    @Test
    void shouldCreateAnExpertGroupAndEchoItsFields() {
        String code = uniqueCode();

        Response response = as(Role.EDITOR).contentType(ContentType.JSON).body(crimex(code)).post(EXPERT_GROUPS);

        response.then().statusCode(201).contentType(ContentType.JSON)
                .header("ETag", equalTo("\"0\""))
                .header("Location", endsWith(EXPERT_GROUPS + "/" + code))
                .body("code", equalTo(code))
                .body("name.en", equalTo("Expert Group in Criminal Matters"))
                .body("name.fr", equalTo("Groupe d'experts en matière pénale"))
                .body("name.ar", equalTo("فريق الخبراء في المسائل الجنائية"))
                .body("mandate.en", equalTo("Strengthen judicial cooperation in criminal matters."))
                .body("startDate", equalTo(START_DATE))
                .body("endDate", equalTo(END_DATE))
                .body("parentProgramme", equalTo("EuroMed Justice"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
    }

    @Test
    void shouldGetTheCreatedExpertGroupAsAnyone() {
        Map<String, Object> created = create(crimex(uniqueCode()));

        Response response = anonymous().get(EXPERT_GROUP, code(created));

        response.then().statusCode(200).header("ETag", equalTo("\"0\""));
        assertThat(response.jsonPath().getMap("")).isEqualTo(created);
    }

    @Test
    void shouldCreateAnExpertGroupWithOnlyCodeAndName() {
        String code = uniqueCode();

        Map<String, Object> created = create(Map.of("code", code, "name", Map.of("en", "Expert Group in Civil Matters")));

        assertThat(created).containsEntry("code", code).containsEntry("version", 0)
                .doesNotContainKeys("mandate", "startDate", "endDate", "parentProgramme");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 32})
    void shouldAcceptCodesOfTwoToThirtyTwoCharacters(int length) {
        String code = "Q" + randomCode(length - 1);

        create(crimex(code));

        anonymous().get(EXPERT_GROUP, code).then().statusCode(200).body("code", equalTo(code));
        as(Role.EDITOR).delete(EXPERT_GROUP, code).then().statusCode(204);
    }

    @Test
    void shouldAcceptACodeWithDigitsAndUnderscores() {
        String code = "T_" + randomCode(4) + "_2";

        create(crimex(code));

        anonymous().get(EXPERT_GROUP, code).then().statusCode(200);
    }

    // ---------------------------------------------------------------- validation of a new expert group

    @Test
    void shouldRequireACodeOnCreateAndCreateNothing() {
        String marker = "Nameless " + randomCode(12);
        Map<String, Object> body = without(with(crimex(null), "name", Map.of("en", marker)), "code");

        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(EXPERT_GROUPS), "code")
                .body("errors[0].field", equalTo("code"));

        assertThat(listAll(Map.of())).extracting(group -> (Object) ((Map<?, ?>) group.get("name")).get("en")).doesNotContain(marker);
    }

    @ParameterizedTest
    @ValueSource(strings = {"crimex", "C", "1CRIMEX", "CRIM-EX", "CRIM EX", "TOOLONGTOOLONGTOOLONGTOOLONGTOOLO"})
    void shouldRejectAMalformedCodeOnCreate(String code) {
        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON).body(crimex(code)).post(EXPERT_GROUPS), "code");
    }

    @Test
    void shouldRejectADuplicateCodeAndKeepTheFirstGroup() {
        Map<String, Object> created = create(crimex(uniqueCode()));

        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON)
                .body(with(crimex(code(created)), "name", Map.of("en", "Another group"))).post(EXPERT_GROUPS), CONFLICT)
                .body("detail", containsString(code(created)));

        assertUnchanged(created);
    }

    @Test
    void shouldRejectAnEndDateBeforeTheStartDateAndCreateNothing() {
        String code = uniqueCode();

        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON)
                .body(with(crimex(code), "endDate", "2016-12-31")).post(EXPERT_GROUPS), "endDate")
                .body("errors[0].field", equalTo("endDate"));

        assertProblem(anonymous().get(EXPERT_GROUP, code), NOT_FOUND);
    }

    @Test
    void shouldAcceptAPeriodOfOneDayOrWithOnlyOneEnd() {
        create(with(crimex(uniqueCode()), "endDate", START_DATE));
        create(without(crimex(uniqueCode()), "startDate"));
        create(without(crimex(uniqueCode()), "endDate"));
    }

    static Stream<Arguments> invalidExpertGroups() {
        return Stream.of(
                invalid("without a name", body -> without(body, "name"), "name"),
                invalid("a name without English", body -> with(body, "name", Map.of("fr", "Groupe")), "name"),
                invalid("a name in an unsupported language", body -> with(body, "name", Map.of("en", "Group", "de", "Gruppe")),
                        "name"),
                invalid("a blank English name", body -> with(body, "name", Map.of("en", " ")), "name"),
                invalid("a name longer than 300 characters", body -> with(body, "name", Map.of("en", "x".repeat(301))), "name"),
                invalid("a mandate in an unsupported language", body -> with(body, "mandate", Map.of("en", "M", "it", "M")),
                        "mandate"),
                invalid("a blank mandate", body -> with(body, "mandate", Map.of("en", "")), "mandate"),
                invalid("an impossible start date", body -> with(body, "startDate", "2017-13-01"), "startDate"),
                invalid("a start date that is not ISO 8601", body -> with(body, "startDate", "01/01/2017"), "startDate"),
                invalid("an end date past the year 9999", body -> with(body, "endDate", "+10000-01-01"), "endDate"),
                invalid("a parent programme with a control character",
                        body -> with(body, "parentProgramme", "EuroMed\u0000Justice"), "parentProgramme"),
                invalid("a parent programme longer than 200 characters",
                        body -> with(body, "parentProgramme", "x".repeat(201)), "parentProgramme"),
                invalid("an unknown property", body -> with(body, "foo", "bar"), "foo"),
                invalid("a read-only property", body -> with(body, "version", 0), "version"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExpertGroups")
    void shouldRejectAnInvalidExpertGroupAndCreateNothing(String description, UnaryOperator<Map<String, Object>> change,
            String field) {
        String code = uniqueCode();

        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON).body(change.apply(crimex(code))).post(EXPERT_GROUPS),
                field);

        assertProblem(anonymous().get(EXPERT_GROUP, code), NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(ints = {20181231, 0})
    void shouldRejectADateGivenAsANumberAndCreateNothing(int days) {
        String code = uniqueCode();

        assertInvalidField(as(Role.EDITOR).contentType(ContentType.JSON)
                .body(with(without(crimex(code), "startDate"), "endDate", days)).post(EXPERT_GROUPS), "endDate");

        assertProblem(anonymous().get(EXPERT_GROUP, code), NOT_FOUND);
    }

    // ---------------------------------------------------------------- list

    @Test
    void shouldListExpertGroupsInCodeOrderAcrossPages() {
        String prefix = uniqueCode();
        List<String> codes = List.of(prefix + "B", prefix + "C", prefix + "A");
        codes.forEach(code -> create(crimex(code)));

        List<String> walked = walk(2);

        assertThat(walked).doesNotHaveDuplicates()
                .containsSubsequence(prefix + "A", prefix + "B", prefix + "C")
                .containsExactlyElementsOf(walk(100));
    }

    @Test
    void shouldPageOneGroupAtATimeWithTheCursorAndTheLinkHeader() {
        create(crimex(uniqueCode()));
        create(crimex(uniqueCode()));

        Response first = anonymous().queryParam("limit", 1).get(EXPERT_GROUPS);
        first.then().statusCode(200).body("items.size()", equalTo(1)).body("next", notNullValue());
        String link = nextLinkOf(first);
        assertThat(link).contains("limit=1").contains("cursor=" + first.path("next"));

        Response byCursor = anonymous().queryParam("limit", 1).queryParam("cursor", (String) first.path("next"))
                .get(EXPERT_GROUPS);
        Response byLink = anonymous().urlEncodingEnabled(false).get(link);
        byCursor.then().statusCode(200).body("items.size()", equalTo(1));
        assertThat(byLink.jsonPath().getMap("")).isEqualTo(byCursor.jsonPath().getMap(""));
        assertThat((String) byCursor.path("items[0].code")).isNotEqualTo(first.path("items[0].code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "abc"})
    void shouldRejectALimitOutsideOneToOneHundred(String limit) {
        assertInvalidField(anonymous().queryParam("limit", limit).get(EXPERT_GROUPS), "limit");
    }

    @Test
    void shouldRejectACursorOfAnotherList() {
        String countryCursor = anonymous().queryParam("limit", 1).get("/api/v1/countries")
                .then().statusCode(200).extract().path("next");

        assertInvalidField(anonymous().queryParam("cursor", countryCursor).get(EXPERT_GROUPS), "cursor");
        assertInvalidField(anonymous().queryParam("cursor", "bm90IGEgY3Vyc29y").get(EXPERT_GROUPS), "cursor");
    }

    // ---------------------------------------------------------------- replace

    @Test
    void shouldReplaceWithTheCurrentETag() {
        Map<String, Object> created = create(crimex(uniqueCode()));
        Map<String, Object> replacement = Map.of("name", Map.of("en", "Expert Group on Cybercrime"), "startDate", "2019-01-01");

        Response response = replace(Role.EDITOR, code(created), "\"0\"", replacement);

        response.then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("code", equalTo(code(created)))
                .body("version", equalTo(1))
                .body("name.en", equalTo("Expert Group on Cybercrime"))
                .body("name", not(hasKey("fr")))
                .body("startDate", equalTo("2019-01-01"))
                .body("$", not(hasKey("endDate")))
                .body("$", not(hasKey("mandate")))
                .body("$", not(hasKey("parentProgramme")))
                .body("createdAt", equalTo(created.get("createdAt")));
        assertThat(fetch(code(created))).isEqualTo(response.jsonPath().getMap(""));
    }

    @Test
    void shouldAcceptItsOwnCodeInAReplacement() {
        String code = code(create(crimex(uniqueCode())));

        replace(Role.EDITOR, code, "\"0\"", with(crimex(code), "parentProgramme", "EuroMed Justice IV"))
                .then().statusCode(200).body("code", equalTo(code)).body("parentProgramme", equalTo("EuroMed Justice IV"));
    }

    @Test
    void shouldNotChangeTheCodeOnReplaceAndKeepTheGroup() {
        Map<String, Object> created = create(crimex(uniqueCode()));
        String otherCode = uniqueCode();

        assertInvalidField(replace(Role.EDITOR, code(created), "\"0\"", crimex(otherCode)), "code")
                .body("errors[0].field", equalTo("code"));

        assertUnchanged(created);
        assertProblem(anonymous().get(EXPERT_GROUP, otherCode), NOT_FOUND);
    }

    @Test
    void shouldRejectAnEndDateBeforeTheStartDateOnReplaceAndKeepTheGroup() {
        Map<String, Object> created = create(crimex(uniqueCode()));

        assertInvalidField(replace(Role.EDITOR, code(created), "\"0\"", with(crimex(null), "endDate", "2016-01-01")),
                "endDate").body("errors[0].field", equalTo("endDate"));

        assertUnchanged(created);
    }

    @Test
    void shouldValidateAReplacementAndKeepTheGroup() {
        Map<String, Object> created = create(crimex(uniqueCode()));

        assertInvalidField(replace(Role.EDITOR, code(created), "\"0\"", without(crimex(null), "name")), "name");
        assertInvalidField(replace(Role.EDITOR, code(created), "\"0\"", created), "version");

        assertUnchanged(created);
    }

    // ---------------------------------------------------------------- merge patch

    @Test
    void shouldPatchOnlyTheNamedProperties() {
        Map<String, Object> created = create(crimex(uniqueCode()));

        Response response = mergePatch(Role.EDITOR, "\"0\"", "{\"endDate\": \"2019-06-30\"}").patch(EXPERT_GROUP, code(created));

        response.then().statusCode(200).header("ETag", equalTo("\"1\""));
        Map<String, Object> expected = new LinkedHashMap<>(created);
        expected.put("endDate", "2019-06-30");
        expected.put("version", 1);
        expected.put("updatedAt", response.path("updatedAt"));
        assertThat(response.jsonPath().getMap("")).isEqualTo(expected);
        assertThat(fetch(code(created))).isEqualTo(expected);
    }

    @Test
    void shouldRemoveOptionalPropertiesPatchedToNull() {
        Map<String, Object> created = create(crimex(uniqueCode()));

        mergePatch(Role.EDITOR, "\"0\"", """
                {"mandate": null, "startDate": null, "endDate": null, "parentProgramme": null, "name": {"ar": null}}
                """).patch(EXPERT_GROUP, code(created))
                .then().statusCode(200).body("version", equalTo(1));

        assertThat(fetch(code(created)))
                .doesNotContainKeys("mandate", "startDate", "endDate", "parentProgramme")
                .containsEntry("name", Map.of("en", "Expert Group in Criminal Matters", "fr", "Groupe d'experts en matière pénale"));
    }

    @Test
    void shouldNotChangeTheCodeByPatchAndKeepTheGroup() {
        Map<String, Object> created = create(crimex(uniqueCode()));

        assertInvalidField(mergePatch(Role.EDITOR, "\"0\"", "{\"code\": \"" + uniqueCode() + "\"}")
                .patch(EXPERT_GROUP, code(created)), "code");

        assertUnchanged(created);
    }

    @Test
    void shouldRejectAPatchedStartDateAfterTheEndDateAndKeepTheGroup() {
        Map<String, Object> created = create(crimex(uniqueCode()));

        assertInvalidField(mergePatch(Role.EDITOR, "\"0\"", "{\"startDate\": \"2019-01-01\"}")
                .patch(EXPERT_GROUP, code(created)), "endDate");

        assertUnchanged(created);
    }

    static Stream<Arguments> invalidPatches() {
        return Stream.of(
                arguments("{\"name\": {\"en\": null}}", "name"),
                arguments("{\"name\": null}", "name"),
                arguments("{\"mandate\": {\"de\": \"Mandat\"}}", "mandate"),
                arguments("{\"startDate\": \"soon\"}", "startDate"),
                arguments("{\"parentProgramme\": \"" + "x".repeat(201) + "\"}", "parentProgramme"),
                arguments("{\"code\": \"crimex\"}", "code"),
                arguments("{\"foo\": 1}", "foo"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPatches")
    void shouldRejectAnInvalidPatchAndKeepTheGroup(String patch, String field) {
        Map<String, Object> created = create(crimex(uniqueCode()));

        assertInvalidField(mergePatch(Role.EDITOR, "\"0\"", patch).patch(EXPERT_GROUP, code(created)), field);

        assertUnchanged(created);
    }

    // ---------------------------------------------------------------- delete

    @Test
    void shouldDeleteWithTheCurrentETagAndFreeTheCode() {
        String code = code(create(crimex(uniqueCode())));

        as(Role.EDITOR).header("If-Match", "\"0\"").delete(EXPERT_GROUP, code).then().statusCode(204);

        Map<String, Object> again = create(Map.of("code", code, "name", Map.of("en", "Second life")));
        assertThat(again).containsEntry("version", 0).doesNotContainKey("mandate");
        assertThat(again.get("name")).isEqualTo(Map.of("en", "Second life"));
    }

    // ---------------------------------------------------------------- fixtures and helpers

    /** CrimEx as the demo data describes it, under the given code (left out when null). */
    private static Map<String, Object> crimex(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (code != null) {
            body.put("code", code);
        }
        Map<String, String> name = new LinkedHashMap<>();
        name.put("en", "Expert Group in Criminal Matters");
        name.put("fr", "Groupe d'experts en matière pénale");
        name.put("ar", "فريق الخبراء في المسائل الجنائية");
        body.put("name", name);
        body.put("mandate", Map.of("en", "Strengthen judicial cooperation in criminal matters."));
        body.put("startDate", START_DATE);
        body.put("endDate", END_DATE);
        body.put("parentProgramme", "EuroMed Justice");
        return body;
    }

    /** "T" and ten random upper-case letters or digits: a code no other test uses. */
    private static String uniqueCode() {
        return "T" + randomCode(10);
    }

    private static String randomCode(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(CODE_CHARACTERS.charAt(ThreadLocalRandom.current().nextInt(CODE_CHARACTERS.length())));
        }
        return code.toString();
    }

    private static Map<String, Object> create(Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(EXPERT_GROUPS)
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    private static Map<String, Object> fetch(String code) {
        return anonymous().get(EXPERT_GROUP, code).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** The group reads exactly as before: same properties, same version and ETag. */
    private static void assertUnchanged(Map<String, Object> before) {
        Response response = anonymous().get(EXPERT_GROUP, code(before));
        response.then().statusCode(200).header("ETag", equalTo("\"" + before.get("version") + "\""));
        assertThat(response.jsonPath().getMap("")).isEqualTo(before);
    }

    private static Response replace(Role role, String code, String ifMatch, Map<String, Object> body) {
        RequestSpecification request = as(role).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(EXPERT_GROUP, code);
    }

    private static RequestSpecification mergePatch(Role role, String ifMatch, String patch) {
        RequestSpecification request = as(role).contentType(MERGE_PATCH_JSON).body(patch.getBytes(StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    private static String code(Map<String, Object> group) {
        return (String) group.get("code");
    }

    /** The codes of every expert group, following next from the first page to the last. */
    private static List<String> walk(int limit) {
        List<String> codes = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = anonymous().queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(EXPERT_GROUPS);
            page.then().statusCode(200);
            codes.addAll(page.jsonPath().getList("items.code", String.class));
            cursor = page.path("next");
            if (cursor == null) {
                page.then().header("Link", nullValue());
            } else {
                assertThat(nextLinkOf(page)).contains("cursor=" + cursor);
            }
        } while (cursor != null);
        return codes;
    }

    private static List<Map<String, Object>> listAll(Map<String, ?> query) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = anonymous().queryParams(query).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(EXPERT_GROUPS);
            page.then().statusCode(200);
            all.addAll(page.jsonPath().getList("items"));
            cursor = page.path("next");
        } while (cursor != null);
        return all;
    }
}
