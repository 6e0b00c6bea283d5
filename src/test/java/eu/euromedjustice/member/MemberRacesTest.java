package eu.euromedjustice.member;

import java.util.List;
import java.util.Map;

import eu.euromedjustice.security.Role;
import eu.euromedjustice.support.Parallel;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Competing writes at the same moment: the member invariants hold whoever wins. */
@QuarkusTest
class MemberRacesTest extends Members {

    private static final int ROUNDS = 10;

    @Test
    void shouldAddOnlyOneOfSeveralOverlappingMembershipsSentAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String memberId = id(create(member(marker())));

            List<Response> answers = Parallel.atOnce(
                    () -> post(memberId, membership("MEMBER", "2017-01-01", null)),
                    () -> post(memberId, membership("MEMBER", "2017-06-01", "2017-12-31")),
                    () -> post(memberId, membership("MEMBER", "2016-01-01", "2017-07-01")),
                    () -> post(memberId, membership("MEMBER", "2017-03-01", null)));

            assertThat(answers).extracting(Response::statusCode).as("round " + round).containsOnly(201, 409).containsOnlyOnce(201);
            Map<String, Object> member = fetch(memberId);
            assertThat((List<?>) member.get("memberships")).as("round " + round).hasSize(1);
            assertThat(member).as("one change, one version").containsEntry("version", 1);
        }
    }

    @Test
    void shouldLinkOnlyOneOfSeveralAccountsToAMemberAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String memberId = id(create(member(marker())));

            List<Response> answers = Parallel.times(4, () -> as(Role.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("username", uniqueName("race"), "password", TEST_PASSWORD, "roles", List.of(Role.MEMBER),
                            "memberId", memberId))
                    .post("/api/v1/users"));

            assertThat(answers).extracting(Response::statusCode).as("round " + round).containsOnly(201, 409).containsOnlyOnce(201);
        }
    }

    @Test
    void shouldNeverLeaveAMemberReferringToADeletedOrganisation() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String organisation = as(Role.EDITOR).contentType(ContentType.JSON)
                    .body(Map.of("name", Map.of("en", "Court " + marker()), "type", "NATIONAL_AUTHORITY"))
                    .post("/api/v1/organisations").then().statusCode(201).extract().path("id");

            List<Response> answers = Parallel.atOnce(
                    () -> as(Role.EDITOR).contentType(ContentType.JSON).body(with(member(marker()), "organisationId", organisation))
                            .post(MEMBERS),
                    () -> as(Role.EDITOR).delete("/api/v1/organisations/{id}", organisation));

            int created = answers.get(0).statusCode();
            int deleted = answers.get(1).statusCode();
            assertThat(List.of(created, deleted)).as("round " + round).isIn(List.of(201, 409), List.of(400, 204), List.of(409, 204));
            if (created == 201) {
                as(Role.EDITOR).get("/api/v1/organisations/{id}", organisation).then().statusCode(200);
            }
        }
    }

    @Test
    void shouldNeverLeaveAnEnabledAccountLinkedToAMemberErasedAtTheSameTime() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String memberId = id(create(member(marker())));
            String user = "/api/v1/users/" + as(Role.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("username", uniqueName("late"), "password", TEST_PASSWORD, "roles", List.of(Role.MEMBER)))
                    .post("/api/v1/users").then().statusCode(201).extract().path("id");

            // an account change takes the account lock, then the member's; erasure must take them in that order too
            List<Response> answers = Parallel.atOnce(
                    () -> as(Role.ADMIN).post(MEMBER + "/erase", memberId),
                    () -> mergePatch(as(Role.ADMIN), 0, "{\"memberId\": \"" + memberId + "\"}").patch(user));

            assertThat(answers.get(0).statusCode()).as("round " + round).isEqualTo(200);
            assertThat(answers.get(1).statusCode()).as("round " + round).isIn(200, 409);
            if (answers.get(1).statusCode() == 200) {
                as(Role.ADMIN).get(user).then().statusCode(200).body("enabled", org.hamcrest.Matchers.equalTo(false));
            }
        }
    }

    private static Response post(String memberId, Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(MEMBERSHIPS, memberId);
    }
}
