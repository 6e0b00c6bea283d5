package eu.euromedjustice.member;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.euromedjustice.ApiTest;
import eu.euromedjustice.security.Role;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;

/** What the member tests share: bodies, the records they need, and requests as each kind of caller. */
abstract class Members extends ApiTest {

    static final String MEMBERS = "/api/v1/members";
    static final String MEMBER = MEMBERS + "/{id}";
    static final String MEMBERSHIPS = MEMBER + "/memberships";
    static final String MEMBERSHIP = MEMBERSHIPS + "/{membershipId}";
    static final String UNKNOWN_ID = "0193f2a3-5b7c-7d8e-9f01-23456789abcd";

    private static String organisationId;
    private static String expertGroup;

    @BeforeAll
    static void forgetRecordsOfAnEarlierApplication() {
        // a test profile restarts the app on a clean database
        organisationId = null;
        expertGroup = null;
    }

    /** A complete member whose family name carries the marker, so that a search finds exactly the test's own. */
    static Map<String, Object> member(String marker) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", "Karim");
        body.put("familyName", "Benalí " + marker);
        body.put("honorificPrefix", "Judge");
        body.put("countryCode", "TN");
        body.put("organisationId", organisationId());
        body.put("position", Map.of("en", "Investigating judge", "ar", "قاضي تحقيق"));
        body.put("expertise", List.of("TERRORISM", "EXTRADITION"));
        body.put("languages", List.of("ar", "fr-CA", "en"));
        body.put("email", "k.benali@justice.example");
        body.put("phone", "+21671000000");
        body.put("contactConsent", false);
        body.put("biography", Map.of("en", "Investigating judge since 2006."));
        return body;
    }

    static Map<String, Object> membership(String role, String startDate, String endDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expertGroup", expertGroup());
        body.put("role", role);
        body.put("onBehalfOf", Map.of("countryCode", "TN"));
        body.put("startDate", startDate);
        if (endDate != null) {
            body.put("endDate", endDate);
        }
        return body;
    }

    static Map<String, Object> create(Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(MEMBERS)
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    static Map<String, Object> addMembership(String memberId, Map<String, Object> body) {
        return as(Role.EDITOR).contentType(ContentType.JSON).body(body).post(MEMBERSHIPS, memberId)
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    static Map<String, Object> fetch(String id) {
        return as(Role.ADMIN).get(MEMBER, id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    static RequestSpecification mergePatch(RequestSpecification caller, Object ifMatchVersion, String patch) {
        return caller.contentType(MERGE_PATCH_JSON).header("If-Match", "\"" + ifMatchVersion + "\"")
                .body(patch.getBytes(StandardCharsets.UTF_8));
    }

    /** A token of a new account with the role, linked to the member. */
    static String tokenLinkedTo(Role role, String memberId) {
        String username = uniqueName("linked");
        as(Role.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", TEST_PASSWORD, "roles", List.of(role), "memberId", memberId))
                .post("/api/v1/users").then().statusCode(201);
        return login(username, TEST_PASSWORD);
    }

    /** Every member of the filtered list as the token's holder sees it, following next to the last page. */
    static List<Map<String, Object>> listAll(String token, Map<String, ?> query, int limit) {
        return allItems(() -> anonymous().auth().oauth2(token), MEMBERS, query, limit);
    }

    static List<Map<String, Object>> listAll(Map<String, ?> query) {
        return listAll(token(Role.ADMIN), query, 100);
    }

    static List<String> idsFound(Map<String, ?> query) {
        return listAll(query).stream().map(Members::id).toList();
    }

    static String id(Map<String, Object> resource) {
        return (String) resource.get("id");
    }

    /** Ten random lower-case letters: a name part no other member has. */
    static String marker() {
        return randomLetters(10);
    }

    static synchronized String organisationId() {
        if (organisationId == null) {
            organisationId = as(Role.EDITOR).contentType(ContentType.JSON)
                    .body(Map.of("name", Map.of("en", "Ministry of Justice " + marker()), "type", "NATIONAL_AUTHORITY",
                            "countryCode", "TN"))
                    .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        }
        return organisationId;
    }

    static synchronized String expertGroup() {
        if (expertGroup == null) {
            expertGroup = newExpertGroup();
        }
        return expertGroup;
    }

    static String newExpertGroup() {
        String code = "G" + marker().toUpperCase();
        as(Role.EDITOR).contentType(ContentType.JSON).body(Map.of("code", code, "name", Map.of("en", "Expert group " + code)))
                .post("/api/v1/expert-groups").then().statusCode(201);
        return code;
    }
}
