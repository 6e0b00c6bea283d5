package eu.euromedjustice.member;

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
import org.junit.jupiter.params.provider.MethodSource;

import static eu.euromedjustice.support.ProblemAssertions.Kind.CONFLICT;
import static eu.euromedjustice.support.ProblemAssertions.Kind.NOT_FOUND;
import static eu.euromedjustice.support.ProblemAssertions.Kind.PRECONDITION_FAILED;
import static eu.euromedjustice.support.ProblemAssertions.assertInvalidField;
import static eu.euromedjustice.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** Memberships of members in expert groups: their rules, and how they move the member's version. */
@QuarkusTest
@SuppressWarnings("unchecked")
class MembershipResourceTest extends Members {

    @Test
    void shouldAddAMembershipAndEmbedItInTheMember() {
        String memberId = id(create(member(marker())));

        Response added = as(Role.EDITOR).contentType(ContentType.JSON)
                .body(membership("ALTERNATE", "2017-03-01", "2018-12-31")).post(MEMBERSHIPS, memberId);

        added.then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("memberId", equalTo(memberId))
                .body("expertGroup", equalTo(expertGroup()))
                .body("role", equalTo("ALTERNATE"))
                .body("onBehalfOf.countryCode", equalTo("TN"))
                .body("startDate", equalTo("2017-03-01"))
                .body("endDate", equalTo("2018-12-31"));
        assertThat(added.header("Location")).endsWith("/api/v1/members/" + memberId + "/memberships/" + added.path("id"));
        Map<String, Object> member = fetch(memberId);
        assertThat(member).containsEntry("version", 1);
        assertThat((List<Object>) member.get("memberships")).containsExactly((Object) added.jsonPath().getMap(""));
        as(Role.PARTNER).get(MEMBERSHIP, memberId, added.path("id")).then().statusCode(200).body("role", equalTo("ALTERNATE"));
        as(Role.PARTNER).get(MEMBERSHIPS, memberId).then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void shouldListMembershipsByStartDateAcrossPages() {
        String memberId = id(create(member(marker())));
        addMembership(memberId, membership("OBSERVER", "2019-01-01", null));
        addMembership(memberId, membership("MEMBER", "2017-01-01", "2017-12-31"));
        addMembership(memberId, membership("CHAIR", "2018-01-01", "2018-12-31"));

        Response first = as(Role.MEMBER).queryParam("limit", 2).get(MEMBERSHIPS, memberId);
        first.then().statusCode(200).body("items.startDate", equalTo(List.of("2017-01-01", "2018-01-01")));
        as(Role.MEMBER).queryParam("limit", 2).queryParam("cursor", first.<String>path("next")).get(MEMBERSHIPS, memberId)
                .then().statusCode(200).body("items.startDate", equalTo(List.of("2019-01-01"))).body("$", not(hasKey("next")));
        assertThat((List<Map<String, Object>>) fetch(memberId).get("memberships")).extracting(m -> m.get("role"))
                .containsExactly("MEMBER", "CHAIR", "OBSERVER");
    }

    @Test
    void shouldRefuseACursorOfAnotherMembersList() {
        String first = id(create(member(marker())));
        String second = id(create(member(marker())));
        for (String memberId : List.of(first, second)) {
            addMembership(memberId, membership("MEMBER", "2017-01-01", "2017-12-31"));
            addMembership(memberId, membership("MEMBER", "2018-01-01", null));
        }
        String cursor = as(Role.MEMBER).queryParam("limit", 1).get(MEMBERSHIPS, first).then().statusCode(200)
                .extract().path("next");

        assertInvalidField(as(Role.MEMBER).queryParam("limit", 1).queryParam("cursor", cursor).get(MEMBERSHIPS, second), "cursor");
    }

    @Test
    void shouldRefuseOverlappingPeriodsOfTheSameRoleInTheSameGroup() {
        String memberId = id(create(member(marker())));
        addMembership(memberId, membership("MEMBER", "2017-03-01", "2017-12-31"));
        Map<String, Object> before = fetch(memberId);

        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON).body(membership("MEMBER", "2017-12-31", null))
                .post(MEMBERSHIPS, memberId), CONFLICT).body("detail", containsString("overlap"));
        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON).body(membership("MEMBER", "2016-01-01", "2017-03-01"))
                .post(MEMBERSHIPS, memberId), CONFLICT);
        assertThat(fetch(memberId)).isEqualTo(before);

        addMembership(memberId, membership("MEMBER", "2018-01-01", null)); // the next day: no overlap
        addMembership(memberId, membership("CHAIR", "2017-06-01", null)); // another role
        addMembership(memberId, with(membership("MEMBER", "2017-06-01", null), "expertGroup", newExpertGroup()));
        assertThat((List<?>) fetch(memberId).get("memberships")).hasSize(4);
    }

    @Test
    void shouldRefuseAPatchThatMakesTwoPeriodsOverlap() {
        String memberId = id(create(member(marker())));
        addMembership(memberId, membership("MEMBER", "2017-01-01", "2017-12-31"));
        Map<String, Object> later = addMembership(memberId, membership("MEMBER", "2018-01-01", null));

        assertProblem(mergePatch(as(Role.EDITOR), 0, "{\"startDate\": \"2017-12-01\"}").patch(MEMBERSHIP, memberId, id(later)),
                CONFLICT);
        mergePatch(as(Role.EDITOR), 0, "{\"endDate\": \"2019-06-30\"}").patch(MEMBERSHIP, memberId, id(later))
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("endDate", equalTo("2019-06-30"));
        assertThat(fetch(memberId)).containsEntry("version", 3);
    }

    static Stream<Arguments> invalidMemberships() {
        return Stream.of(
                invalid("without an expert group", body -> without(body, "expertGroup"), "expertGroup"),
                invalid("an unknown expert group", body -> with(body, "expertGroup", "NOSUCHGROUP"), "expertGroup"),
                invalid("a malformed expert group", body -> with(body, "expertGroup", "crimex"), "expertGroup"),
                invalid("without a role", body -> without(body, "role"), "role"),
                invalid("an unknown role", body -> with(body, "role", "PRESIDENT"), "role"),
                invalid("without a start date", body -> without(body, "startDate"), "startDate"),
                invalid("a malformed start date", body -> with(body, "startDate", "01/03/2017"), "startDate"),
                invalid("an end before the start", body -> with(body, "endDate", "2017-02-28"), "endDate"),
                invalid("on behalf of a country and an organisation",
                        body -> with(body, "onBehalfOf", Map.of("countryCode", "TN", "organisationId", organisationId())),
                        "onBehalfOf"),
                invalid("on behalf of no one named", body -> with(body, "onBehalfOf", Map.of()), "onBehalfOf"),
                invalid("on behalf of an unknown country", body -> with(body, "onBehalfOf", Map.of("countryCode", "QQ")),
                        "onBehalfOf.countryCode"),
                invalid("on behalf of an unknown organisation",
                        body -> with(body, "onBehalfOf", Map.of("organisationId", UNKNOWN_ID)), "onBehalfOf.organisationId"),
                invalid("an unknown property", body -> with(body, "weight", 1), "weight"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMemberships")
    void shouldRejectAnInvalidMembershipAndAddNothing(String description, UnaryOperator<Map<String, Object>> change,
            String field) {
        String memberId = id(create(member(marker())));

        Response response = as(Role.EDITOR).contentType(ContentType.JSON)
                .body(change.apply(membership("MEMBER", "2017-03-01", null))).post(MEMBERSHIPS, memberId);

        response.then().statusCode(400);
        assertThat(response.jsonPath().getList("errors.field", String.class)).as(response.asString())
                .anyMatch(named -> named.equals(field) || named.startsWith(field + "."));
        assertThat(fetch(memberId)).containsEntry("version", 0).containsEntry("memberships", List.of());
    }

    @Test
    void shouldDeleteAMembershipWithIfMatchAndMoveTheMembersVersion() {
        String memberId = id(create(member(marker())));
        String membershipId = id(addMembership(memberId, membership("MEMBER", "2017-03-01", null)));

        assertProblem(as(Role.EDITOR).header("If-Match", "\"3\"").delete(MEMBERSHIP, memberId, membershipId),
                PRECONDITION_FAILED);
        as(Role.EDITOR).header("If-Match", "\"0\"").delete(MEMBERSHIP, memberId, membershipId).then().statusCode(204);

        assertProblem(as(Role.EDITOR).get(MEMBERSHIP, memberId, membershipId), NOT_FOUND);
        assertThat(fetch(memberId)).containsEntry("version", 2).containsEntry("memberships", List.of());
    }

    @Test
    void shouldNotFindAMembershipUnderAnotherMember() {
        String owner = id(create(member(marker())));
        String other = id(create(member(marker())));
        String membershipId = id(addMembership(owner, membership("MEMBER", "2017-03-01", null)));

        assertProblem(as(Role.EDITOR).get(MEMBERSHIP, other, membershipId), NOT_FOUND);
        assertProblem(as(Role.EDITOR).delete(MEMBERSHIP, other, membershipId), NOT_FOUND);
        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON).body(membership("MEMBER", "2017-03-01", null))
                .post(MEMBERSHIPS, UNKNOWN_ID), NOT_FOUND);
        assertInvalidField(as(Role.EDITOR).get(MEMBERSHIP, owner, "nope"), "membershipId");
        // an empty member id names no resource; the REST layer alone would read /members/memberships
        assertProblem(as(Role.EDITOR).contentType(ContentType.JSON).body(membership("MEMBER", "2017-03-01", null))
                .post("/api/v1/members//memberships"), NOT_FOUND);
        assertThat(fetch(owner)).containsEntry("version", 1);
    }
}
