package eu.euromedjustice.common.json;

import java.util.Map;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Request bodies are read strictly, on create, replace and merge patch alike: one JSON value, no
 * key twice, and values only of their own type, stored as given or refused.
 */
@QuarkusTest
class StrictJsonTest extends ApiTest {

    private static final String PROBLEMS = "https://euromed-justice.eu/problems/";
    private static final String LOGIN = "/api/v1/auth/token";
    private static final String ORGANISATIONS = "/api/v1/organisations";
    private static final String EXPERT_GROUPS = "/api/v1/expert-groups";

    @ParameterizedTest
    @ValueSource(strings = {" garbage", " {}", "]", " null", "x"})
    void shouldRefuseContentAfterTheJsonBody(String trailer) {
        anonymous().contentType(ContentType.JSON)
                .body("{\"username\": \"" + ADMIN_USERNAME + "\", \"password\": \"" + ADMIN_PASSWORD + "\"}" + trailer)
                .post(LOGIN)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "malformed-request"));
    }

    @Test
    void shouldRefuseAPropertyNamedTwiceRatherThanLetTheLastOneWin() {
        anonymous().contentType(ContentType.JSON)
                .body("{\"username\": \"nobody\", \"username\": \"" + ADMIN_USERNAME + "\", \"password\": \"" + ADMIN_PASSWORD + "\"}")
                .post(LOGIN)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "malformed-request"))
                .body("errors[0].field", equalTo("username"));
    }

    @Test
    void shouldRefuseAPropertyNamedTwiceInAMergePatch() {
        String id = createOrganisation();

        patchOrganisation(id, "{\"website\": \"https://a.example\", \"website\": \"https://b.example\"}")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("website"));
        patchOrganisation(id, "{\"website\": \"https://a.example\"} trailing")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[2024, 1, 15]", "20240115", "1705276800000", "\"2024-1-15\"", "\"15/01/2024\"", "\"+12024-01-15\"", "{}", "true", "\"\""})
    void shouldRefuseDatesThatAreNotIsoStrings(String date) {
        as(Role.EDITOR).contentType(ContentType.JSON)
                .body("{\"code\": \"DATES" + Math.abs(date.hashCode() % 1000) + "\", \"name\": {\"en\": \"Dates\"}, \"startDate\": " + date + "}")
                .post(EXPERT_GROUPS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("startDate"))
                .body("errors[0].message", startsWith("must be a date (YYYY-MM-DD)"));
    }

    @Test
    void shouldRefuseADateAsAnArrayInAMergePatch() {
        String code = "PATCHDATE" + (System.nanoTime() % 100000);
        as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", Map.of("en", "Patched dates")))
                .post(EXPERT_GROUPS).then().statusCode(201);

        as(Role.EDITOR).contentType(MERGE_PATCH_JSON).header("If-Match", "\"0\"")
                .body("{\"endDate\": [2019, 6, 30]}")
                .patch(EXPERT_GROUPS + "/" + code)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("endDate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"OTHER\\u0000\"", "\" OTHER\\n \"", "\"other\"", "\"OTHER \"", "\"\\tOTHER\"", "4", "\"\"", "[\"OTHER\"]"})
    void shouldTakeEnumValuesOnlyExactlyAsNamed(String type) {
        as(Role.EDITOR).contentType(ContentType.JSON)
                .body("{\"name\": {\"en\": \"Enum test\"}, \"type\": " + type + "}")
                .post(ORGANISATIONS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", startsWith("must be one of: NATIONAL_AUTHORITY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "-1", "\"\"", "\"true\"", "null"})
    void shouldTakeOnlyTrueOrFalseAsABoolean(String enabled) {
        as(Role.ADMIN).contentType(ContentType.JSON)
                .body("{\"username\": \"" + uniqueName("flag") + "\", \"password\": \"" + TEST_PASSWORD
                        + "\", \"roles\": [\"MEMBER\"], \"enabled\": " + enabled + "}")
                .post("/api/v1/users")
                .then().statusCode(enabled.equals("null") ? 201 : 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud83d\"", "\"x\\u0007\""})
    void shouldRefuseUnpairedSurrogatesAndControlCharactersInTextsAndLanguageMaps(String text) {
        as(Role.EDITOR).contentType(ContentType.JSON)
                .body("{\"name\": {\"en\": \"Surrogates\"}, \"type\": \"OTHER\", \"acronym\": " + text + "}")
                .post(ORGANISATIONS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("acronym"));
        as(Role.EDITOR).contentType(ContentType.JSON)
                .body("{\"name\": {\"en\": \"Surrogates\", \"ar\": " + text + "}, \"type\": \"OTHER\"}")
                .post(ORGANISATIONS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("name.ar"));
    }

    @Test
    void shouldKeepPairedSurrogatesSuchAsEmoji() {
        as(Role.EDITOR).contentType(ContentType.JSON)
                .body("{\"name\": {\"en\": \"Emoji \\ud83d\\ude00\"}, \"type\": \"OTHER\"}")
                .post(ORGANISATIONS)
                .then().statusCode(201)
                .body("name.en", equalTo("Emoji \uD83D\uDE00"));
    }

    @Test
    void shouldReadOnlyAsciiDigitsInIdsAndNumbers() {
        String id = createOrganisation();
        String arabicIndic = toArabicIndicDigits(id);

        anonymous().get(ORGANISATIONS + "/" + arabicIndic)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("id"));
        anonymous().urlEncodingEnabled(false).get(ORGANISATIONS + "?limit=%D9%A3")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("limit"));
    }

    private static String createOrganisation() {
        return as(Role.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Strict " + uniqueName("org")), "type", "OTHER"))
                .post(ORGANISATIONS)
                .then().statusCode(201).extract().path("id");
    }

    private static Response patchOrganisation(String id, String patch) {
        return as(Role.EDITOR).contentType(MERGE_PATCH_JSON).header("If-Match", "\"0\"").body(patch)
                .patch(ORGANISATIONS + "/" + id);
    }

    private static String toArabicIndicDigits(String text) {
        StringBuilder converted = new StringBuilder();
        for (char c : text.toCharArray()) {
            converted.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return converted.toString();
    }
}
