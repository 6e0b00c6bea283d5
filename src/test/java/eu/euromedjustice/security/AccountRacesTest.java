package eu.euromedjustice.security;

import java.util.List;
import java.util.Map;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.support.LogCapture;
import eu.euromedjustice.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account invariants under competing requests, sent at the same moment from several threads and
 * repeated, so that the guards are really raced: each test fails without its guard. Runs on an
 * application of its own, since a broken guard would leave it without an administrator.
 */
@QuarkusTest
@TestProfile(AccountRacesTest.OwnApplication.class)
class AccountRacesTest extends ApiTest {

    private static final String USERS = "/api/v1/users";
    private static final int ROUNDS = 20;

    public static class OwnApplication implements QuarkusTestProfile {
    }

    @Test
    void shouldKeepAnAdministratorWhenTwoDisableEachOtherAtOnce() throws Exception {
        String second = uniqueName("admin");
        as(Role.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", second, "password", TEST_PASSWORD, "roles", new Role[] {Role.ADMIN}))
                .post(USERS).then().statusCode(201);

        for (int round = 0; round < ROUNDS; round++) {
            String firstToken = login(ADMIN_USERNAME, ADMIN_PASSWORD);
            String secondToken = login(second, TEST_PASSWORD);
            Map<String, Object> first = user(firstToken, ADMIN_USERNAME);
            Map<String, Object> other = user(firstToken, second);

            List<Response> answers = Parallel.atOnce(
                    () -> disable(firstToken, other),
                    () -> disable(secondToken, first));

            // one wins; the other is refused by the guard (409), or, arriving after the winner's commit,
            // finds its own account disabled (401)
            assertThat(answers).extracting(Response::statusCode).as("round " + round).containsOnlyOnce(200)
                    .allMatch(status -> status == 200 || status == 409 || status == 401);
            String survivor = answers.get(0).statusCode() == 200 ? firstToken : secondToken;
            Map<String, Object> disabled = answers.get(0).statusCode() == 200 ? other : first;
            Map<String, Object> current = anonymous().auth().oauth2(survivor).get(USERS + "/" + disabled.get("id"))
                    .then().statusCode(200).extract().as(Map.class);
            anonymous().auth().oauth2(survivor).contentType(MERGE_PATCH_JSON)
                    .header("If-Match", "\"" + current.get("version") + "\"").body(Map.of("enabled", true))
                    .patch(USERS + "/" + disabled.get("id")).then().statusCode(200);
        }
    }

    @Test
    void shouldAnswerConflictWhenSeveralCreateTheSameUsernameAtOnceAndLogNoName() throws Exception {
        try (LogCapture logs = LogCapture.start()) {
            for (int round = 0; round < ROUNDS / 2; round++) {
                String username = uniqueName("race");

                List<Response> answers = Parallel.times(6, () -> as(Role.ADMIN).contentType(ContentType.JSON)
                        .body(Map.of("username", username, "password", TEST_PASSWORD, "roles", new Role[] {Role.MEMBER}))
                        .post(USERS));

                assertThat(answers).extracting(Response::statusCode).as("round " + round)
                        .containsOnly(201, 409).containsOnlyOnce(201);
                assertThat(logs.text()).doesNotContain(username);
            }
        }
    }

    private static Response disable(String token, Map<String, Object> user) {
        return anonymous().auth().oauth2(token).contentType(MERGE_PATCH_JSON)
                .header("If-Match", "\"" + user.get("version") + "\"").body(Map.of("enabled", false))
                .patch(USERS + "/" + user.get("id"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> user(String token, String username) {
        List<Map<String, Object>> users = anonymous().auth().oauth2(token).queryParam("limit", 100).get(USERS)
                .then().statusCode(200).extract().path("items");
        return users.stream().filter(user -> username.equals(user.get("username"))).findFirst().orElseThrow();
    }
}
