package eu.euromedjustice.security;

import java.util.List;
import java.util.Map;

import eu.euromedjustice.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class UserResourceTest extends ApiTest {

    private static final String USERS = "/api/v1/users";
    private static final String NEW_PASSWORD = "another-long-password-42";

    @Test
    void shouldCreateAUserWithoutEverReturningThePassword() {
        String username = uniqueName("n.haddad");
        Response created = as(Role.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TEST_PASSWORD, "roles", List.of("MEMBER")))
                .post(USERS);
        created.then().statusCode(201)
                .header("Location", endsWith(USERS + "/" + created.path("id")))
                .header("ETag", notNullValue())
                .body("username", equalTo(username))
                .body("roles", contains("MEMBER"))
                .body("enabled", equalTo(true))
                .body("createdAt", notNullValue());
        assertThat(created.asString()).doesNotContainIgnoringCase("password").doesNotContain("$2a$");
        String list = as(Role.ADMIN).queryParam("limit", 100).get(USERS).then().statusCode(200).extract().asString();
        assertThat(list).doesNotContainIgnoringCase("password").doesNotContain("$2a$");
        login(username, TEST_PASSWORD);
    }

    @Test
    void shouldRejectInvalidAccounts() {
        record Case(Map<String, Object> body, String field) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("username", uniqueName("u"), "password", "too-short", "roles", List.of("MEMBER")), "password"),
                new Case(Map.of("username", uniqueName("u"), "roles", List.of("MEMBER")), "password"),
                new Case(Map.of("username", uniqueName("u"), "password", "x".repeat(73), "roles", List.of("MEMBER")), "password"),
                new Case(Map.of("username", "Upper Case", "password", TEST_PASSWORD, "roles", List.of("MEMBER")), "username"),
                new Case(Map.of("password", TEST_PASSWORD, "roles", List.of("MEMBER")), "username"),
                new Case(Map.of("username", uniqueName("u"), "password", TEST_PASSWORD, "roles", List.of()), "roles"),
                new Case(Map.of("username", uniqueName("u"), "password", TEST_PASSWORD, "roles", List.of("KING")), "roles[0]"),
                new Case(Map.of("username", uniqueName("u"), "password", TEST_PASSWORD, "roles", "MEMBER"), "roles"),
                new Case(Map.of("username", uniqueName("u"), "password", TEST_PASSWORD, "roles", List.of("MEMBER"),
                        "enabled", "sometimes"), "enabled"));
        for (Case invalid : cases) {
            as(Role.ADMIN).contentType(ContentType.JSON).body(invalid.body()).post(USERS)
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", equalTo("https://euromed-justice.eu/problems/validation-failed"))
                    .body("errors.field", hasItem(invalid.field()));
        }
    }

    @Test
    void shouldRejectATakenUsername() {
        String username = createUser(Role.MEMBER, true);
        as(Role.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TEST_PASSWORD, "roles", List.of("EDITOR")))
                .post(USERS)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("https://euromed-justice.eu/problems/conflict"));
    }

    @Test
    void shouldLetOnlyAdministratorsManageAccounts() {
        anonymous().get(USERS).then().statusCode(401).contentType(PROBLEM_JSON);
        for (Role role : new Role[] {Role.EDITOR, Role.MEMBER, Role.PARTNER}) {
            as(role).get(USERS).then().statusCode(403).contentType(PROBLEM_JSON)
                    .body("type", equalTo("https://euromed-justice.eu/problems/forbidden"));
            as(role).contentType(ContentType.JSON)
                    .body(Map.of("username", uniqueName("x"), "password", TEST_PASSWORD, "roles", List.of("ADMIN")))
                    .post(USERS)
                    .then().statusCode(403).contentType(PROBLEM_JSON);
        }
    }

    @Test
    void shouldStopADisabledUsersTokensAtOnce() {
        String username = createUser(Role.EDITOR, true);
        String token = login(username, TEST_PASSWORD);
        anonymous().auth().oauth2(token).get("/api/v1/me").then().statusCode(200);
        Map<String, Object> user = find(username);
        as(Role.ADMIN).contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + user.get("version") + "\"")
                .body(Map.of("enabled", false))
                .patch(USERS + "/" + user.get("id"))
                .then().statusCode(200).body("enabled", equalTo(false));
        anonymous().auth().oauth2(token).get("/api/v1/me").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldNotReviveOldTokensWhenADisabledAccountIsEnabledAgain() {
        String username = createUser(Role.EDITOR, true);
        String token = login(username, TEST_PASSWORD);
        Map<String, Object> user = find(username);
        String path = USERS + "/" + user.get("id");
        int version = as(Role.ADMIN).contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + user.get("version") + "\"")
                .body(Map.of("enabled", false)).patch(path)
                .then().statusCode(200).extract().path("version");
        as(Role.ADMIN).contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("enabled", true)).patch(path)
                .then().statusCode(200).body("enabled", equalTo(true));

        anonymous().auth().oauth2(token).get("/api/v1/me").then().statusCode(401).contentType(PROBLEM_JSON);
        anonymous().auth().oauth2(login(username, TEST_PASSWORD)).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void shouldApplyRoleChangesToExistingTokens() {
        String username = createUser(Role.EDITOR, true);
        String token = login(username, TEST_PASSWORD);
        Map<String, Object> user = find(username);
        as(Role.ADMIN).contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + user.get("version") + "\"")
                .body(Map.of("roles", List.of("PARTNER")))
                .patch(USERS + "/" + user.get("id"))
                .then().statusCode(200).body("roles", contains("PARTNER"));
        anonymous().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", Map.of("en", "Should not be created"), "type", "OTHER"))
                .post("/api/v1/organisations")
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldChangeThePasswordAndEndTokensIssuedForTheOldOne() {
        String username = createUser(Role.MEMBER, true);
        String oldToken = login(username, TEST_PASSWORD);
        Map<String, Object> user = find(username);
        as(Role.ADMIN).contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + user.get("version") + "\"")
                .body(Map.of("password", NEW_PASSWORD))
                .patch(USERS + "/" + user.get("id"))
                .then().statusCode(200).body(not(org.hamcrest.Matchers.containsString(NEW_PASSWORD)));
        anonymous().contentType(ContentType.JSON).body(Map.of("username", username, "password", TEST_PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(401);
        anonymous().auth().oauth2(oldToken).get("/api/v1/me").then().statusCode(401).contentType(PROBLEM_JSON);
        String newToken = login(username, NEW_PASSWORD);
        anonymous().auth().oauth2(newToken).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void shouldNotLetAPatchRemoveTheEnabledFlag() {
        String username = createUser(Role.MEMBER, false);
        Map<String, Object> user = find(username);
        as(Role.ADMIN).contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + user.get("version") + "\"")
                .body("{\"enabled\": null}")
                .patch(USERS + "/" + user.get("id"))
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("enabled"));
        as(Role.ADMIN).get(USERS + "/" + user.get("id")).then().statusCode(200).body("enabled", equalTo(false));
    }

    @Test
    void shouldRejectControlCharactersInTexts() {
        as(Role.ADMIN).contentType(ContentType.JSON)
                .body("{\"username\": \"nul\\u0000user\", \"password\": \"" + TEST_PASSWORD + "\", \"roles\": [\"MEMBER\"]}")
                .post(USERS)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("username"))
                .body("errors[0].message", equalTo("must not contain control characters or unpaired surrogates"));
        anonymous().contentType(ContentType.JSON)
                .body("{\"username\": \"ad\\u0000min\", \"password\": \"whatever-it-is\"}")
                .post("/api/v1/auth/token")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRequireAndCheckIfMatchOnPatch() {
        String username = createUser(Role.MEMBER, true);
        Map<String, Object> user = find(username);
        String path = USERS + "/" + user.get("id");
        as(Role.ADMIN).contentType(MERGE_PATCH_JSON).body(Map.of("enabled", false)).patch(path)
                .then().statusCode(428).contentType(PROBLEM_JSON);
        as(Role.ADMIN).contentType(MERGE_PATCH_JSON).header("If-Match", "\"999\"").body(Map.of("enabled", false))
                .patch(path)
                .then().statusCode(412).contentType(PROBLEM_JSON);
        as(Role.ADMIN).get(path).then().statusCode(200).body("enabled", equalTo(true))
                .body("version", equalTo(user.get("version")));
    }

    @Test
    void shouldAnswerConditionalGetWithNotModified() {
        Map<String, Object> user = find(createUser(Role.MEMBER, true));
        String path = USERS + "/" + user.get("id");
        String etag = as(Role.ADMIN).get(path).then().statusCode(200).extract().header("ETag");
        as(Role.ADMIN).header("If-None-Match", etag).get(path).then().statusCode(304);
    }

    @Test
    void shouldDeleteAUserAndEndTheirTokens() {
        String username = createUser(Role.MEMBER, true);
        String token = login(username, TEST_PASSWORD);
        Map<String, Object> user = find(username);
        String path = USERS + "/" + user.get("id");
        as(Role.ADMIN).header("If-Match", "\"999\"").delete(path).then().statusCode(412).contentType(PROBLEM_JSON);
        as(Role.ADMIN).delete(path).then().statusCode(204);
        as(Role.ADMIN).get(path).then().statusCode(404).contentType(PROBLEM_JSON);
        as(Role.ADMIN).delete(path).then().statusCode(404).contentType(PROBLEM_JSON);
        anonymous().auth().oauth2(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldRejectMalformedAndUnknownIds() {
        as(Role.ADMIN).get(USERS + "/42").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("id"));
        as(Role.ADMIN).get(USERS + "/0193f2a3-5b7c-7d8e-9f01-23456789abcd").then().statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldNeverLeaveTheSystemWithoutAnEnabledAdministrator() {
        Map<String, Object> admin = find(ADMIN_USERNAME);
        String path = USERS + "/" + admin.get("id");
        as(Role.ADMIN).contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + admin.get("version") + "\"")
                .body(Map.of("enabled", false)).patch(path)
                .then().statusCode(409).contentType(PROBLEM_JSON);
        as(Role.ADMIN).contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + admin.get("version") + "\"")
                .body(Map.of("roles", List.of("EDITOR"))).patch(path)
                .then().statusCode(409).contentType(PROBLEM_JSON);
        as(Role.ADMIN).delete(path).then().statusCode(409).contentType(PROBLEM_JSON);
        as(Role.ADMIN).get(path).then().statusCode(200).body("enabled", equalTo(true))
                .body("roles", contains("ADMIN")).body("version", equalTo(admin.get("version")));
    }

    @Test
    void shouldPageThroughUsersInUsernameOrder() {
        createUser(Role.MEMBER, true);
        createUser(Role.MEMBER, true);
        Response first = as(Role.ADMIN).queryParam("limit", 1).get(USERS);
        first.then().statusCode(200).body("items.size()", equalTo(1));
        String cursor = first.path("next");
        String second = as(Role.ADMIN).queryParam("limit", 1).queryParam("cursor", cursor).get(USERS)
                .then().statusCode(200).extract().path("items[0].username");
        // the order is the database's collation, so only check that the page moved on
        assertThat(second).isNotNull().isNotEqualTo(first.path("items[0].username").toString());
    }

    private static Map<String, Object> find(String username) {
        String cursor = null;
        do {
            var request = as(Role.ADMIN).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get(USERS);
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> item : items) {
                if (username.equals(item.get("username"))) {
                    return item;
                }
            }
            cursor = page.path("next");
        } while (cursor != null);
        throw new AssertionError("no user " + username);
    }
}
